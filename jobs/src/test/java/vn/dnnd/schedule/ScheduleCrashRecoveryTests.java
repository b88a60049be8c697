package vn.dnnd.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dnnd.support.SchedulerTestBed.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import vn.dnnd.operations.BatchControl;
import vn.dnnd.support.SchedulerTestBed;
import vn.dnnd.support.ServeProcess;
import vn.dnnd.system.DatabaseServer;

/**
 * {@code serve} killed with kill -9 in the middle of a scheduled multi-chunk run, then started again:
 * the run is recovered (its STARTED execution marked FAILED) and restarted from the last committed
 * chunk, and ends with exactly the rows of an uninterrupted run.
 */
@SpringBootTest
class ScheduleCrashRecoveryTests {

    private static final int ROWS = 150;

    private static final String CRASH_RUN = """
                  crash-run:
                    job: chunkedJob
                    cron: "0/3 * * * * ?"
                    misfire: skip
                    parameters:
                      target: crash
                      rows: "%d,java.lang.Long"
                      pause: "400,java.lang.Long,false"
            """.formatted(ROWS);

    @Autowired
    DatabaseServer embedded;

    @Test
    void aKilledServeResumesTheScheduledRunAfterRestartWithTheSameResult(@TempDir Path temp) throws Exception {
        try (SchedulerTestBed bed = new SchedulerTestBed(embedded, "crash")) {
            Path home = bed.home(temp.resolve("home"), "dnnd_crash", CRASH_RUN);

            ServeProcess first = ServeProcess.start(home, "first");
            await("three chunks committed by the first serve", Duration.ofSeconds(180),
                    () -> bed.count("select count(*) from chunk_probe where target = 'crash'") >= 30 || !first.alive());
            assertThat(first.alive()).as("first serve running; its output: %s %s", first.out(), first.err()).isTrue();
            first.kill();

            long writtenBeforeKill = bed.count("select count(*) from chunk_probe where target = 'crash'");
            assertThat(writtenBeforeKill).isBetween(30L, ROWS - 1L);
            assertThat(bed.jdbc().queryForObject("select status from batch_job_execution", String.class))
                    .as("the killed run is left STARTED").isEqualTo("STARTED");

            ServeProcess second = ServeProcess.start(home, "second");
            try {
                await("the run completed by the second serve", Duration.ofSeconds(240), () -> bed.count(
                        "select count(*) from batch_job_execution where status = 'COMPLETED'") == 1 || !second.alive());
                assertThat(second.alive()).as("second serve running: %s %s", second.out(), second.err()).isTrue();
            } finally {
                assertThat(second.terminate()).as("exit code after SIGTERM").isIn(0, 143);
            }

            List<Map<String, Object>> executions = bed.jdbc().queryForList(
                    "select job_instance_id, status from batch_job_execution order by job_execution_id");
            assertThat(executions).extracting(row -> row.get("status")).containsExactly("FAILED", "COMPLETED");
            assertThat(executions).extracting(row -> row.get("job_instance_id")).containsOnly(executions.get(0).get("job_instance_id"));
            assertThat(bed.jdbc().queryForMap("select attempts, outcome from schedule_run where schedule_name = 'crash-run'"))
                    .containsEntry("attempts", 2).containsEntry("outcome", "completed");
            assertThat(second.out())
                    .contains("bị gián đoạn khi phiên bản")
                    .contains("chạy lại (restarting) chunkedJob")
                    .contains("bước (step) chunkedStep [COMPLETED]")
                    .contains("Đã dừng (stopped).");

            assertThat(rows(bed, "crash")).hasSize(ROWS).isEqualTo(uninterruptedRun(bed, temp));
        }
    }

    /** The same job, same rows, run in one go in-process: the result a crash must not change. */
    private static List<Map<String, Object>> uninterruptedRun(SchedulerTestBed bed, Path temp) throws Exception {
        try (ConfigurableApplicationContext context = SchedulerTestBed.application(
                bed.home(temp.resolve("reference"), "dnnd_crash_reference", ""))) {
            JobExecution execution = context.getBean(BatchControl.class).start("chunkedJob", new JobParametersBuilder()
                    .addString("target", "clean").addLong("rows", (long) ROWS).addLong("pause", 0L, false)
                    .toJobParameters(), id -> { });
            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        }
        return rows(bed, "clean");
    }

    private static List<Map<String, Object>> rows(SchedulerTestBed bed, String target) {
        return bed.jdbc().queryForList("select n, square from chunk_probe where target = ? order by n", target);
    }
}
