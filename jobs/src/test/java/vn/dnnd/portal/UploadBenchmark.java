package vn.dnnd.portal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dnnd.DnndApplication;
import vn.dnnd.access.ApiTokens;
import vn.dnnd.referencedata.ReferenceDataService;
import vn.dnnd.submission.Answers;
import vn.dnnd.submission.SubmissionChannelsTests;
import vn.dnnd.submission.reference.IntakeReference;
import vn.dnnd.submission.reference.IntakeReferenceLoader;
import vn.dnnd.submission.template.TemplateService;

/**
 * Not a test: concurrent API uploads of real filled templates (issue 13), each organisation with its own token,
 * against the portal on a fresh embedded database. Prints the verdict latency (p50, p95, max) and throughput of
 * each round: round 1 makes version 1 of each organisation's report for the period open today, round 2 a
 * corrected version 2; then a version 3 of each, one upload after the other (the cost of one upload alone). Arguments: [uploads per round] (default 50, at most the period's reporters minus 5).
 */
public final class UploadBenchmark {

    private UploadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int uploads = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        Path home = Files.createTempDirectory("dnnd-upload-bench");
        // Arguments, as `serve` passes them: they win over application.yml (which keeps other commands off the web).
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(DnndApplication.class)
                .run("--spring.main.web-application-type=servlet", "--server.port=0", "--server.address=127.0.0.1",
                        "--dnnd.home=" + home)) {
            app.getBean(ReferenceDataService.class).load();
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            String period = jdbc.queryForObject("select code from reporting_period where kind = 'annual' and "
                    + "(now() at time zone 'Asia/Ho_Chi_Minh')::date between starts_on and locks_on order by code desc limit 1",
                    String.class);
            List<String[]> reporters = jdbc.query("select code, kind from period_reporter where period_code = ? order by code",
                    (rs, n) -> new String[] {rs.getString(1), rs.getString(2)}, period);
            String base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
            Uploads all = new Uploads(app, base, period, reporters.subList(0, uploads + 5));
            System.out.printf(Locale.ROOT, "%d cores, period %s, %d uploads a round, templates of %d bytes on average%n",
                    Runtime.getRuntime().availableProcessors(), period, uploads, all.averageBytes(1));
            all.warmUp(5);
            for (int round = 1; round <= 2; round++) {
                all.round(round, uploads);
            }
            all.oneByOne(3, uploads);
        }
    }

    /** A token and a filled template per organisation; the first five warm the server up. */
    private static final class Uploads {

        private final List<PortalClient> programs = new ArrayList<>();
        private final List<List<byte[]>> files = new ArrayList<>();

        Uploads(ConfigurableApplicationContext app, String base, String period, List<String[]> reporters) throws Exception {
            ApiTokens tokens = app.getBean(ApiTokens.class);
            TemplateService templates = app.getBean(TemplateService.class);
            IntakeReference reference = app.getBean(IntakeReferenceLoader.class).load();
            for (String[] reporter : reporters) {
                programs.add(new PortalClient(base).withToken(tokens.create(reporter[0], "bench", "bench").secret()));
                byte[] template = templates.generate(reporter[0], period);
                List<byte[]> versions = new ArrayList<>();
                for (int seed = 1; seed <= 3; seed++) {
                    versions.add(SubmissionChannelsTests.fillLikeAClerk(template, Answers.forIndicators(
                            reference.entered(reporter[1], reference.period(period).orElseThrow()), seed)));
                }
                files.add(versions);
            }
        }

        long averageBytes(int version) {
            return (long) files.stream().mapToInt(v -> v.get(version - 1).length).average().orElse(0);
        }

        void warmUp(int count) {
            for (int i = programs.size() - count; i < programs.size(); i++) {
                send(i, 1);
            }
        }

        void round(int round, int count) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(count);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Long>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int org = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    long began = System.nanoTime();
                    send(org, round);
                    return System.nanoTime() - began;
                }));
            }
            long began = System.nanoTime();
            start.countDown();
            long[] millis = new long[count];
            for (int i = 0; i < count; i++) {
                millis[i] = futures.get(i).get() / 1_000_000;
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            pool.shutdown();
            Arrays.sort(millis);
            System.out.printf(Locale.ROOT, "round %d (version %d): p50 %d ms, p95 %d ms, max %d ms; %d uploads in %.2f s = "
                    + "%.1f uploads/s%n", round, round, millis[count / 2], millis[(int) Math.ceil(count * 0.95) - 1],
                    millis[count - 1], count, seconds, count / seconds);
        }

        /** The same uploads one after the other: what one upload costs when nothing else runs. */
        void oneByOne(int version, int count) {
            long[] millis = new long[count];
            for (int i = 0; i < count; i++) {
                long began = System.nanoTime();
                send(i, version);
                millis[i] = (System.nanoTime() - began) / 1_000_000;
            }
            Arrays.sort(millis);
            System.out.printf(Locale.ROOT, "one by one (version %d): p50 %d ms, p95 %d ms, max %d ms%n", version,
                    millis[count / 2], millis[(int) Math.ceil(count * 0.95) - 1], millis[count - 1]);
        }

        private void send(int org, int version) {
            PortalClient.Response response = programs.get(org).upload("/api/v1/submissions", "file", "bao-cao.xlsx",
                    files.get(org).get(version - 1));
            if (response.status() != 201 || !response.text().contains("\"status\":\"accepted\"")) {
                throw new IllegalStateException("upload " + org + " answered " + response.status() + ": " + response.text());
            }
        }
    }
}
