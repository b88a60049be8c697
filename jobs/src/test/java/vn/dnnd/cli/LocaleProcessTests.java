package vn.dnnd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.dnnd.referencedata.ReferenceDataService;
import vn.dnnd.submission.Answers;
import vn.dnnd.submission.SubmissionFiles;
import vn.dnnd.submission.reference.IntakeReference;
import vn.dnnd.submission.reference.IntakeReferenceLoader;
import vn.dnnd.support.SchedulerTestBed;

/**
 * The application started as cron or a container starts it: {@code LANG=C}, no other locale variable, no
 * {@code -Dfile.encoding}. File names and arguments with Vietnamese letters must come through whole, and
 * the JVM the application restarts itself in must stop with the one the operator started.
 */
@SpringBootTest
class LocaleProcessTests {

    private static final String FILE_NAME = "Báo cáo Hà Nội 2025.csv";

    @Autowired
    ReferenceDataService referenceData;
    @Autowired
    IntakeReferenceLoader referenceLoader;
    @TempDir
    Path work;

    @Test
    void underLangCAVietnameseFileNameInAVietnameseInboxIsIngestedByItsName() throws Exception {
        Path home = work.resolve("home");
        Path inbox = Files.createDirectories(work.resolve("Hộp thư đến"));
        Path report = Files.writeString(inbox.resolve(FILE_NAME), hanoiReport());
        // written a minute ago: intake leaves a file modified in the last seconds for a later run
        Files.setLastModifiedTime(report, FileTime.from(Instant.now().minus(Duration.ofMinutes(1))));

        assertThat(run(home, "reference", "load").waitFor()).as(read(work.resolve("reference.err"))).isZero();
        Process ingest = run(home, "ingest", "--inbox", inbox.toString(), "--as-of", "2025-12-10");
        assertThat(ingest.waitFor()).as(read(work.resolve("ingest.err"))).isZero();

        assertThat(read(work.resolve("ingest.out")))
                .contains("✓ " + FILE_NAME)
                .contains("1 chấp nhận (accepted), 0 từ chối (rejected)");
        assertThat(inbox).isEmptyDirectory();
        try (Stream<Path> archived = Files.walk(home.resolve("archive/accepted"))) {
            assertThat(archived.map(path -> path.getFileName().toString()))
                    .anySatisfy(name -> assertThat(name).endsWith("-" + FILE_NAME));
        }
        try {
            stopsWithTheJvmItWasStartedIn(home);
        } finally {
            stopPostgres(home);
        }
    }

    /** SIGTERM to the JVM the operator started stops serve gracefully; kill -9 to it leaves nothing running. */
    private void stopsWithTheJvmItWasStartedIn(Path home) throws Exception {
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/schedules.yml"), SchedulerTestBed.SHIPPED_SCHEDULES_OFF);

        Process terminated = run(home, "serve");
        ProcessHandle relaunched = relaunchedServe(terminated);
        terminated.destroy();
        assertThat(terminated.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(terminated.exitValue()).isEqualTo(143);
        assertThat(relaunched.isAlive()).isFalse();
        assertThat(read(work.resolve("serve.out"))).contains("Đã dừng (stopped).");

        Process killed = run(home, "serve");
        ProcessHandle orphan = relaunchedServe(killed);
        killed.destroyForcibly().waitFor();
        assertThat(orphan.onExit().completeOnTimeout(null, 10, TimeUnit.SECONDS).join())
                .as("the relaunched JVM halted after its parent was killed").isNotNull();
        assertThat(orphan.isAlive()).isFalse();
    }

    private ProcessHandle relaunchedServe(Process parent) {
        SchedulerTestBed.await("serve running", Duration.ofSeconds(120),
                () -> !parent.isAlive() || read(work.resolve("serve.out")).contains("Ctrl-C hoặc SIGTERM để dừng"));
        assertThat(parent.isAlive()).as(read(work.resolve("serve.err"))).isTrue();
        List<ProcessHandle> children = parent.toHandle().children().toList();
        assertThat(children).as("serve runs in a JVM of its own, in C.UTF-8").hasSize(1);
        return children.get(0);
    }

    private String hanoiReport() {
        referenceData.load();
        IntakeReference reference = referenceLoader.load();
        var period = reference.period("2025").orElseThrow();
        return SubmissionFiles.csv("HN", "2025", Answers.forIndicators(reference.entered("province", period), 3), ',',
                "Hà Nội đã quán triệt Chỉ thị.");
    }

    /** A child JVM in the C locale; its console goes to {@code <first argument>.out} and {@code .err} in the work directory. */
    private Process run(Path home, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DnndMain.class.getName(), "--home", home.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("LC_") || name.startsWith("DNND_"));
        builder.environment().put("LANG", "C");
        return builder.redirectOutput(work.resolve(args[0] + ".out").toFile())
                .redirectError(work.resolve(args[0] + ".err").toFile()).start();
    }

    /** serve attached to the PostgreSQL the first command left running; stop it, as the operator's next command would not. */
    private static void stopPostgres(Path home) throws IOException {
        Path pid = home.resolve("pgdata/postmaster.pid");
        if (Files.exists(pid)) {
            ProcessHandle.of(Long.parseLong(Files.readAllLines(pid).get(0).strip())).ifPresent(postmaster -> {
                postmaster.destroy();
                postmaster.onExit().orTimeout(30, TimeUnit.SECONDS).join();
            });
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
