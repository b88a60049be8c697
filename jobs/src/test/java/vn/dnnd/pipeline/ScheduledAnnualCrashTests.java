package vn.dnnd.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dnnd.referencedata.ReferenceDataService;
import vn.dnnd.submission.IngestChecksum;
import vn.dnnd.submission.sample.SampleGenerator;
import vn.dnnd.support.SchedulerTestBed;
import vn.dnnd.support.ServeProcess;
import vn.dnnd.support.TestDatabase;
import vn.dnnd.system.DatabaseServer;
import vn.dnnd.system.Sha256;

/**
 * Issue 6 on the real pipeline: {@code serve} fires annualJob for 2025 on an inbox of the sample's 2025
 * reports, is killed with kill -9 part-way (while renderJob renders, or with two chunks of the ingest
 * committed and the third held), and is started again. The second serve recovers the run and restarts it;
 * the period ends with the submissions, national figures and one recorded edition that an uninterrupted
 * annualJob of the same inbox produces.
 */
@SpringBootTest
class ScheduledAnnualCrashTests {

    static final String RECEIVED_AT = "2025-12-10T09:00:00+07:00";
    /** One kind: a schedule's parameter cannot hold a comma list; both languages by default. */
    static final String KINDS = "workbook";
    /** The advisory lock the test holds to stop the ingest inside its third chunk. */
    static final long BRAKE = 60606;

    private static final String ANNUAL_RUN = """
                  annual-2025:
                    job: annualJob
                    cron: "0/3 * * * * ?"
                    misfire: skip
                    parameters:
                      period: "2025"
                      inbox: inbox
                      receivedAt: "%s"
                      allowLocked: "false"
                      kinds: "%s"
            """.formatted(RECEIVED_AT, KINDS);

    /** Every national row of 2025 on both views, without the run id (two databases number runs apart). */
    private static final String NATIONAL_FIGURES = """
            select count(*) || ' rows, md5 ' || md5(string_agg(indicator_code || '|' || hierarchy || '|'
                    || coalesce(value::text, '-') || '|' || coalesce(numerator::text, '-') || '|'
                    || coalesce(denominator::text, '-') || '|' || reporters || '|' || expected || '|' || not_applicable,
                    ',' order by indicator_code, hierarchy))
            from indicator_value where period_code = '2025' and scope_kind = 'national'""";

    @Autowired
    DatabaseServer embedded;
    @Autowired
    SampleGenerator samples;
    @Autowired
    ReferenceDataService referenceData;
    @Autowired
    PipelineService pipeline;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aServeKilledWhileTheAnnualRunRendersIsRestartedAndEndsLikeAnUninterruptedRun(@TempDir Path temp)
            throws Exception {
        Path onTime = samples2025(temp.resolve("sample"));
        try (SchedulerTestBed bed = new SchedulerTestBed(embedded, "annualrender")) {
            Path home = home(bed, temp, onTime);
            ServeProcess first = ServeProcess.start(home, "first");
            await(first, "renderJob rendering in the first serve", () -> bed.count("""
                    select count(*) from batch_step_execution where step_name = 'renderReportsStep' and status = 'STARTED'""")
                    == 1);
            first.kill();
            assertThat(bed.count("select count(*) from report_edition")).as("no edition recorded before the kill").isZero();
            assertThat(bed.count("select count(*) from submission")).as("ingest done before the kill").isEqualTo(count(onTime));

            restartAndCompare(bed, home, temp, onTime);
            assertThat(statuses(bed, "renderJob")).containsExactly("FAILED", "COMPLETED");
        }
    }

    @Test
    void aServeKilledWhileTheAnnualRunIngestsIsRestartedAndEndsLikeAnUninterruptedRun(@TempDir Path temp)
            throws Exception {
        Path onTime = samples2025(temp.resolve("sample"));
        try (SchedulerTestBed bed = new SchedulerTestBed(embedded, "annualingest")) {
            Path home = home(bed, temp, onTime);
            Files.writeString(home.resolve("config/application.yml"), "  intake:\n    chunk-size: 10\n",
                    StandardOpenOption.APPEND);
            bed.jdbc().execute("""
                    create function test_brake() returns trigger language plpgsql as $$
                    begin
                        if (select count(*) from submission) >= 20 then perform pg_advisory_xact_lock_shared(%d); end if;
                        return new;
                    end $$""".formatted(BRAKE));
            bed.jdbc().execute("create trigger test_brake before insert on submission for each row execute function test_brake()");
            try (Connection brake = bed.jdbc().getDataSource().getConnection()) {
                brake.createStatement().execute("select pg_advisory_lock(" + BRAKE + ")");
                ServeProcess first = ServeProcess.start(home, "first");
                await(first, "the ingest held in its third chunk", () -> bed.count("""
                        select count(*) from pg_locks where locktype = 'advisory' and objid::bigint = %d and not granted""".formatted(BRAKE)) == 1);
                first.kill();
            }
            // The killed serve's transaction, let go, finds its client gone and rolls back; then the brake comes off.
            bed.jdbc().execute("drop trigger test_brake on submission");
            assertThat(bed.count("select count(*) from submission")).as("two chunks committed before the kill").isEqualTo(20);
            assertThat(statuses(bed, "ingestJob")).containsExactly("STARTED");

            restartAndCompare(bed, home, temp, onTime);
            assertThat(statuses(bed, "ingestJob")).as("recovered, resumed, then the pipeline's own run finds nothing")
                    .containsExactly("FAILED", "COMPLETED", "COMPLETED");
            assertThat(bed.count("""
                    select s.write_count from batch_step_execution s join batch_job_execution e using (job_execution_id)
                    where s.step_name = 'annualIngestStep' and s.status = 'COMPLETED' and e.status = 'COMPLETED'"""))
                    .as("the restarted pipeline counts the files the killed attempt stored as well")
                    .isEqualTo(count(onTime));
        }
    }

    /** A serve home on the bed's schema, its reference data loaded, the reports in its inbox. */
    private static Path home(SchedulerTestBed bed, Path temp, Path reports) throws Exception {
        Path home = bed.home(temp.resolve("home"), "dnnd_annual_crash", ANNUAL_RUN);
        try (ConfigurableApplicationContext context = SchedulerTestBed.application(home)) {
            context.getBean(ReferenceDataService.class).load();
        }
        copy(reports, Files.createDirectories(home.resolve("inbox")));
        return home;
    }

    /** Starts serve again, waits for the run to complete, and compares it with an uninterrupted run here. */
    private void restartAndCompare(SchedulerTestBed bed, Path home, Path temp, Path reports) throws Exception {
        ServeProcess second = ServeProcess.start(home, "second");
        try {
            await(second, "annualJob completed by the second serve", () -> bed.count("""
                    select count(*) from batch_job_execution e join batch_job_instance i using (job_instance_id)
                    where i.job_name = 'annualJob' and e.status = 'COMPLETED'""") == 1);
        } finally {
            assertThat(second.terminate()).as("exit code after SIGTERM").isIn(0, 143);
        }
        assertThat(second.out()).contains("chạy lại (restarting) annualJob");
        assertThat(statuses(bed, "annualJob")).containsExactly("FAILED", "COMPLETED");
        assertThat(bed.jdbc().queryForMap("select attempts, outcome from schedule_run where schedule_name = 'annual-2025'"))
                .containsEntry("attempts", 2).containsEntry("outcome", "completed");
        assertThat(home.resolve("inbox")).isEmptyDirectory();
        List<Map<String, Object>> recorded = edition(bed.jdbc(), home);
        String crashed = IngestChecksum.of(bed.jdbc()) + " / " + bed.jdbc().queryForObject(NATIONAL_FIGURES, String.class);

        referenceData.load();
        TestDatabase.clearCollectedAndComputed(jdbc);
        Path clean = Files.createDirectories(temp.resolve("clean"));
        copy(reports, clean);
        pipeline.annual("2025", clean, OffsetDateTime.parse(RECEIVED_AT), false, KINDS, null);
        assertThat(crashed).isEqualTo(IngestChecksum.of(jdbc) + " / " + jdbc.queryForObject(NATIONAL_FIGURES, String.class))
                .contains("intake accepted=" + count(reports) + ",");
        assertThat(recorded).isEqualTo(edition(jdbc, null)).hasSize(2);
    }

    /** Waits up to two minutes while the serve lives; on failure, shows what it printed. */
    private static void await(ServeProcess serve, String description, BooleanSupplier condition) {
        try {
            SchedulerTestBed.await(description, Duration.ofSeconds(120), () -> condition.getAsBoolean() || !serve.alive());
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; serve printed: " + serve.out() + serve.err(), e);
        }
        assertThat(serve.alive()).as("serve running; it printed: %s %s", serve.out(), serve.err()).isTrue();
    }

    /** The sample's on-time 2025 reports (one per reporting organisation, all three formats). */
    private Path samples2025(Path out) {
        referenceData.load();
        samples.generate(2025, 2025, out);
        return out.resolve("2025").resolve("on-time");
    }

    /**
     * The one edition of 2025 and its files (kind, language, scope, name): each recorded checksum and size
     * must be those of the file in its directory (under {@code home} when given, else where the row says).
     */
    private static List<Map<String, Object>> edition(JdbcTemplate jdbc, Path home) throws Exception {
        assertThat(jdbc.queryForList("select period_code, edition from report_edition"))
                .containsExactly(Map.of("period_code", "2025", "edition", 1));
        List<Map<String, Object>> files = jdbc.queryForList("""
                select kind, language, scope_code, edition, file_path, sha256, bytes from report_artifact
                where period_code = '2025' order by language, kind, scope_code""");
        for (Map<String, Object> file : files) {
            Path path = Path.of((String) file.remove("file_path"));
            if (home != null) {
                assertThat(path).startsWith(home.resolve("reports").resolve("2025").resolve("edition-1"));
            }
            assertThat(Sha256.of(path)).isEqualTo(file.remove("sha256"));
            assertThat(Files.size(path)).isEqualTo(file.remove("bytes"));
            file.put("name", path.getFileName().toString());
        }
        return files;
    }

    private static List<String> statuses(SchedulerTestBed bed, String job) {
        return bed.jdbc().queryForList("""
                select e.status from batch_job_execution e join batch_job_instance i using (job_instance_id)
                where i.job_name = ? order by e.job_execution_id""", String.class, job);
    }

    private static int count(Path directory) throws Exception {
        try (Stream<Path> paths = Files.list(directory)) {
            return (int) paths.count();
        }
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> paths = Files.list(from)) {
            for (Path file : paths.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }
}
