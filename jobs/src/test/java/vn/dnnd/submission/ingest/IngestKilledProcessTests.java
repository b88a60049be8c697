package vn.dnnd.submission.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dnnd.cli.DnndMain;
import vn.dnnd.referencedata.ReferenceDataService;
import vn.dnnd.submission.IngestChecksum;
import vn.dnnd.submission.sample.SampleGenerator;
import vn.dnnd.support.TestDatabase;

/**
 * {@code ingest} in its own JVM is killed with SIGKILL (kill -9) part-way through the sample's
 * 2022–2025 reports, then run again: the second run resumes the interrupted job, and the database
 * ends exactly as a clean, uninterrupted ingest of the same files leaves it.
 */
@SpringBootTest
class IngestKilledProcessTests {

    static final String AS_OF = "2025-12-10T09:00:00+07:00";

    @Autowired
    SampleGenerator samples;
    @Autowired
    IngestService ingest;
    @Autowired
    ReferenceDataService referenceData;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path work;

    @Test
    void killedWithSigkillAndRunAgainItEndsLikeACleanRun() throws Exception {
        referenceData.load();
        Path inbox = work.resolve("inbox");
        gatherSampleReports(inbox);
        int files = count(inbox);
        Path cleanInbox = work.resolve("clean");
        copy(inbox, cleanInbox);

        Path home = work.resolve("home");
        assertThat(run(home, "reference", "load").waitFor()).isZero();
        Process first = run(home, "ingest", "--inbox", inbox.toString(), "--as-of", AS_OF, "--allow-locked");
        Path accepted = home.resolve("archive/accepted");
        while (first.isAlive() && count(accepted) < 20) {
            Thread.sleep(5);
        }
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        int left = count(inbox);
        assertThat(left).as("killed part-way: some files done, some still waiting").isBetween(1, files - 1);

        Process second = run(home, "ingest", "--inbox", inbox.toString(), "--as-of", AS_OF, "--allow-locked");
        assertThat(second.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String output = Files.readString(work.resolve("ingest.out"), StandardCharsets.UTF_8);
        assertThat(second.exitValue()).as(output).isZero();
        assertThat(output).contains("Đã tiếp tục lần chạy bị gián đoạn (resumed interrupted run)");
        assertThat(count(inbox)).isZero();
        assertThat(count(accepted)).isEqualTo(files);
        String afterKill = checksumAndStop(home);

        TestDatabase.clearCollectedAndComputed(jdbc);
        ingest.ingest(new IngestRequest(cleanInbox, OffsetDateTime.parse(AS_OF), true));
        assertThat(afterKill).isEqualTo(IngestChecksum.of(jdbc)).contains("intake accepted=" + files + ",");
    }

    /** Every on-time report of the sample for 2022–2025 (about 330 files of all three formats) in one inbox. */
    private void gatherSampleReports(Path inbox) throws Exception {
        samples.generate(2022, 2025, work.resolve("sample"));
        Files.createDirectories(inbox);
        try (Stream<Path> paths = Files.walk(work.resolve("sample"))) {
            for (Path file : paths.filter(p -> p.getParent().getFileName().toString().equals("on-time")).toList()) {
                Files.copy(file, inbox.resolve(file.getFileName()));
            }
        }
    }

    private Process run(Path home, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-Ddnnd.intake.settle-seconds=0", "-cp", System.getProperty("java.class.path"),
                DnndMain.class.getName(), "--home", home.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DNND_DB_URL");
        // Small chunks, so that the kill lands between commits as well as inside them.
        builder.environment().put("DNND_INTAKE_CHUNKSIZE", "10");
        File out = work.resolve(args[0] + ".out").toFile();
        return builder.redirectErrorStream(true).redirectOutput(out).start();
    }

    /** The killed JVM's PostgreSQL outlives it (the second run attached to it): read from it, then stop it. */
    private static String checksumAndStop(Path home) throws Exception {
        List<String> pid = Files.readAllLines(home.resolve("pgdata/postmaster.pid"));
        String url = "jdbc:postgresql://127.0.0.1:" + pid.get(3).strip() + "/postgres";
        // As an operator would connect: the home's password file, as the README says.
        String password = Files.readString(home.resolve("db-password")).strip();
        try (Connection connection = DriverManager.getConnection(url, "postgres", password);
             ResultSet rs = connection.createStatement().executeQuery(IngestChecksum.SQL)) {
            rs.next();
            return rs.getString(1);
        } finally {
            ProcessHandle.of(Long.parseLong(pid.get(0).strip())).ifPresent(postmaster -> {
                postmaster.destroy();
                postmaster.onExit().orTimeout(30, TimeUnit.SECONDS).join();
            });
        }
    }

    private static int count(Path directory) throws Exception {
        if (!Files.exists(directory)) {
            return 0;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            return (int) paths.filter(Files::isRegularFile).count();
        }
    }

    private static void copy(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (Stream<Path> paths = Files.list(from)) {
            for (Path file : paths.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }
}
