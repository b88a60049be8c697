package vn.dnnd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application as a user starts it: a separate JVM, started from a directory that is not the
 * repository, with a home of its own. Migrations and reference data must resolve from the
 * application itself, and the database must survive from one start to the next.
 */
class CliProcessTests {

    record Result(int exitCode, String out, String err) {
    }

    @Test
    void runsFromAnyDirectoryAndKeepsItsDatabaseBetweenStarts(@TempDir Path elsewhere) throws Exception {
        Path home = elsewhere.resolve("home");

        Result load = run(elsewhere, Map.of(), "--home", home.toString(), "reference", "load");
        assertThat(load.exitCode()).as(load.err()).isZero();
        assertThat(home.resolve("pgdata/PG_VERSION")).content().startsWith("17");
        long initialisedAt = Files.getLastModifiedTime(home.resolve("pgdata/PG_VERSION")).toMillis();

        // No load this time: the counts can only come from the data directory kept by the first start.
        Result summary = run(elsewhere, Map.of("DNND_HOME", home.toString()), "reference", "summary",
                "--on", "2025-12-31");
        assertThat(summary.exitCode()).as(summary.err()).isZero();
        assertThat(summary.out()).contains("    34  Tỉnh, thành phố (provinces and cities)");
        assertThat(Files.getLastModifiedTime(home.resolve("pgdata/PG_VERSION")).toMillis()).isEqualTo(initialisedAt);
        assertThat(home.resolve("logs/dnnd.log")).exists();
    }

    @Test
    void anUnreachableDatabaseGivesOneLineAndExitCodeOne(@TempDir Path elsewhere) throws Exception {
        Result result = run(elsewhere, Map.of("DNND_DB_URL", "jdbc:postgresql://127.0.0.1:9/dnnd",
                "DNND_DB_USER", "dnnd"), "--home", elsewhere.toString(), "reference", "summary");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().lines().toList()).hasSize(1).first().asString()
                .startsWith("Lỗi (error): Không kết nối được cơ sở dữ liệu")
                .contains("database unreachable: external PostgreSQL jdbc:postgresql://127.0.0.1:9/dnnd");
    }

    @Test
    void beforeReferenceLoadIngestAndComputeSayWhatToRunAndTouchNoFile(@TempDir Path elsewhere) throws Exception {
        Path home = elsewhere.resolve("home");
        Path inbox = Files.createDirectories(elsewhere.resolve("inbox"));
        Files.writeString(inbox.resolve("hn-2025.csv"), "organisation,period,indicator,value,note\nHN,2025,T3.DELEGATIONS_OUT,4,\n");
        String notLoaded = "Lỗi (error): Chưa có dữ liệu danh mục (tổ chức, chỉ tiêu, kỳ báo cáo); hãy chạy `reference load` "
                + "trước (no reference data yet; run `reference load` first)";

        Result ingest = run(elsewhere, Map.of(), "--home", home.toString(), "ingest", "--inbox", inbox.toString());
        assertThat(ingest.exitCode()).isEqualTo(1);
        assertThat(ingest.err().lines().toList()).containsExactly(notLoaded);
        assertThat(inbox.resolve("hn-2025.csv")).as("left for the ingest after reference load").exists();
        assertThat(home.resolve("archive").toFile().list()).as("nothing accepted or rejected").isNullOrEmpty();

        Result compute = run(elsewhere, Map.of(), "--home", home.toString(), "compute", "--period", "2025");
        assertThat(compute.exitCode()).isEqualTo(1);
        assertThat(compute.err().lines().toList()).containsExactly(notLoaded);
    }

    private static Result run(Path workingDirectory, Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-Ddnnd.intake.settle-seconds=0", "-cp", System.getProperty("java.class.path"),
                DnndMain.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        builder.environment().remove("DNND_HOME");
        builder.environment().remove("DNND_DB_URL");
        builder.environment().putAll(environment);
        File out = workingDirectory.resolve("out.txt").toFile();
        File err = workingDirectory.resolve("err.txt").toFile();
        Process process = builder.redirectOutput(out).redirectError(err).start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("finished in time").isTrue();
        return new Result(process.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
                Files.readString(err.toPath(), StandardCharsets.UTF_8));
    }
}
