package vn.dnnd.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dnnd.support.SchedulerTestBed.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import vn.dnnd.operations.BatchControl;
import vn.dnnd.support.SchedulerTestBed;
import vn.dnnd.system.DatabaseServer;
import vn.dnnd.system.ExecutionNodes;

/** serve, jobs, schedules, remind and contacts from the command line, each in its own application start. */
@SpringBootTest
class ScheduleCommandsTests {

    record Run(int exitCode, String out, String err) {
    }

    @Autowired
    DatabaseServer embedded;

    static Run dnnd(Path home, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] withHome = new String[args.length + 2];
        withHome[0] = "--home";
        withHome[1] = home.toString();
        System.arraycopy(args, 0, withHome, 2, args.length);
        int exitCode = DnndMain.execute(new PrintWriter(out, true), new PrintWriter(err, true), withHome);
        return new Run(exitCode, out.toString(), err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"serve", "jobs", "jobs list", "jobs show", "jobs restart", "jobs stop", "schedules",
            "schedules list", "remind", "contacts", "contacts load"})
    void everyCommandHasHelp(String command) {
        String[] args = (command + " --help").split(" ");
        StringWriter out = new StringWriter();
        int exitCode = DnndMain.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter()), args);
        assertThat(exitCode).isZero();
        assertThat(out.toString()).startsWith("Usage: dnnd " + command).contains("--help");
    }

    @Test
    void serveWithAnUnreachableDatabaseGivesOneLineAndExitCodeOne(@TempDir Path home) throws Exception {
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/application.yml"),
                "dnnd:\n  db:\n    url: jdbc:postgresql://127.0.0.1:9/dnnd\n    user: dnnd\n");

        Run run = dnnd(home, "serve");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines().toList()).hasSize(1).first().asString()
                .startsWith("Lỗi (error): Không kết nối được cơ sở dữ liệu")
                .contains("database unreachable: external PostgreSQL jdbc:postgresql://127.0.0.1:9/dnnd");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void serveStopsAtStartUpOnAnUnknownJobOrABadCronWithOneLine(@TempDir Path temp) {
        try (SchedulerTestBed bed = new SchedulerTestBed(embedded, "startup")) {
            Run typo = dnnd(bed.home(temp.resolve("typo"), "dnnd_startup", """
                          my-intake:
                            job: ingestJb
                            cron: "0 0/15 * * * ?"
                    """), "serve");
            assertThat(typo.exitCode()).isEqualTo(1);
            assertThat(typo.err().lines().toList()).hasSize(1).first().asString()
                    .startsWith("Lỗi (error): Lịch 'my-intake': không có job \"ingestJb\" trong ứng dụng "
                            + "(schedule 'my-intake': no job named \"ingestJb\"; jobs: ");

            Run cron = dnnd(bed.home(temp.resolve("cron"), "dnnd_startup", """
                          nightly:
                            job: reminderJob
                            cron: "0 30 25 * * ?"
                    """), "serve");
            assertThat(cron.exitCode()).isEqualTo(1);
            assertThat(cron.err().lines().toList()).hasSize(1).first().asString()
                    .startsWith("Lỗi (error): Lịch 'nightly': biểu thức cron không hợp lệ \"0 30 25 * * ?\"");
        }
    }

    @Test
    void jobsListShowStopAndRestartAcrossProcesses(@TempDir Path temp) throws Exception {
        try (SchedulerTestBed bed = new SchedulerTestBed(embedded, "jobscli")) {
            Path home = bed.home(temp, "dnnd_jobscli", """
                          weekly-probe:
                            job: probeJob
                            cron: "0 0 7 ? * MON"
                            parameters:
                              fire: "{fireTime}"
                    """);
            assertThat(dnnd(home, "jobs", "list").out()).contains("Chưa có lần chạy nào (no job executions yet).");

            // Two seconds a chunk until it is stopped: however slowly `jobs stop` starts, the job is still running.
            bed.jdbc().execute("create table if not exists chunk_pace (target text primary key, pause_ms bigint not null)");
            bed.jdbc().update("insert into chunk_pace values ('cli', 2000)");
            CompletableFuture<JobExecution> running;
            String node;
            try (ConfigurableApplicationContext worker = SchedulerTestBed.application(home)) {
                running = CompletableFuture.supplyAsync(() -> {
                    try {
                        return worker.getBean(BatchControl.class).start("chunkedJob", new JobParametersBuilder()
                                .addString("target", "cli").addLong("rows", 100L).addLong("pause", 250L, false)
                                .toJobParameters(), id -> { });
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                await("the run under way", Duration.ofSeconds(120),
                        () -> bed.count("select count(*) from chunk_probe where target = 'cli'") >= 10);
                node = worker.getBean(ExecutionNodes.class).name();
                assertThat(node).as("host:pid of the process running it").endsWith(":" + ProcessHandle.current().pid());
                assertThat(dnnd(home, "schedules", "list").out()).contains("Đang chạy, theo nút (running, by node): \n  "
                        + node + ": chunkedJob #1 STARTED, từ (since) ");

                Run stop = dnnd(home, "jobs", "stop", "1");
                assertThat(stop.exitCode()).as(stop.err()).isZero();
                assertThat(stop.out()).contains("Đã yêu cầu dừng #1").contains("#1: STOPPED");
                assertThat(running.get().getStatus()).isEqualTo(BatchStatus.STOPPED);
            }
            long written = bed.count("select count(*) from chunk_probe where target = 'cli'");
            bed.jdbc().update("delete from chunk_pace where target = 'cli'");

            Run list = dnnd(home, "jobs", "list");
            assertThat(list.out()).containsPattern("\\s+1  chunkedJob\\s+STOPPED .* " + written + "  pause=250, rows=100, target=cli"
                    + " · " + java.util.regex.Pattern.quote(node));

            Run restart = dnnd(home, "jobs", "restart", "1");
            assertThat(restart.exitCode()).as(restart.err()).isZero();
            assertThat(restart.out()).contains("Chạy lại (restarting) #1 → #2")
                    .contains("bước (step) chunkedStep [COMPLETED]: đọc (read) " + (100 - written))
                    .contains("chunkedJob #2 kết thúc (ended) COMPLETED");
            assertThat(bed.count("select count(*) from chunk_probe where target = 'cli'")).isEqualTo(100);

            Run show = dnnd(home, "jobs", "show", "2");
            assertThat(show.out()).startsWith("chunkedJob #2: COMPLETED (exit COMPLETED)")
                    .contains("  target = cli").contains("  pause = 250 (không định danh/non-identifying)")
                    .contains("bước (step) chunkedStep [COMPLETED]: đọc (read) " + (100 - written)
                            + ", ghi (written) " + (100 - written));

            Run unknown = dnnd(home, "jobs", "show", "99");
            assertThat(unknown.exitCode()).isEqualTo(1);
            assertThat(unknown.err()).isEqualTo("Lỗi (error): Không có lần chạy #99 (no job execution 99)\n");
            Run bogus = dnnd(home, "jobs", "list", "--job", "chunkedJb");
            assertThat(bogus.exitCode()).as("a job name that does not exist is wrong usage").isEqualTo(2);
            assertThat(bogus.err()).startsWith("Lỗi (error): Không có job \"chunkedJb\"; các job: ").contains("chunkedJob");

            Run again = dnnd(home, "jobs", "restart", "2");
            assertThat(again.exitCode()).isEqualTo(1);
            assertThat(again.err()).isEqualTo("Lỗi (error): Lần chạy #2 đang ở trạng thái COMPLETED, không chạy lại được "
                    + "(execution 2 is COMPLETED; only FAILED or STOPPED executions can be restarted)\n");

            bed.jdbc().update("""
                    insert into cluster_worker (node, started_at, heartbeat_at, step_execution_id, step_name) values
                    ('cli-worker-a', now(), now(), 77, 'renderPartitionStep:render:summary:vi'),
                    ('cli-worker-b', now() - interval '1 hour', now() - interval '5 minutes', null, null)""");
            Run schedules = dnnd(home, "schedules", "list");
            assertThat(schedules.out()).containsPattern("Worker của cụm máy \\(cluster workers\\): \\n"
                            + "  cli-worker-a: sống \\(alive\\), .* đang chạy \\(running\\) "
                            + "renderPartitionStep:render:summary:vi #77\\n"
                            + "  cli-worker-b: MẤT LIÊN LẠC \\(lost\\), .* rảnh \\(idle\\)");
            assertThat(schedules.out()).contains("weekly-probe → probeJob")
                    .contains("khi (when): cron \"0 0 7 ? * MON\", múi giờ (zone) Asia/Ho_Chi_Minh, misfire skip")
                    .contains("intake (tắt/disabled) → ingestJob")
                    .containsPattern("weekly-probe → probeJob\\n.*\\n  tham số \\(parameters\\): fire=\\{fireTime}\\n"
                            + "  lần tới \\(next\\): \\d\\d/\\d\\d/\\d{4} 07:00 \\+07:00; ");
        }
    }
}
