package vn.dnnd.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dnnd.support.SchedulerTestBed.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import vn.dnnd.cli.DnndMain;
import vn.dnnd.operations.BatchControl;
import vn.dnnd.support.SchedulerTestBed;
import vn.dnnd.system.DatabaseServer;

/**
 * What the scheduler does when things go wrong: the database drops the job's connections, the instance
 * shuts down mid-run, a job keeps failing, the same job instance is already running elsewhere.
 */
@SpringBootTest
class ScheduleFailureTests {

    private static final int ROWS = 100;

    @Autowired
    DatabaseServer embedded;

    private static String chunkedSchedule(String name, String target, int maxAttempts) {
        return """
                      %s:
                        job: chunkedJob
                        cron: "0/2 * * * * ?"
                        max-attempts: %d
                        parameters:
                          target: %s
                          rows: "%d,java.lang.Long"
                          pause: "300,java.lang.Long,false"
                """.formatted(name, maxAttempts, target, ROWS);
    }

    @Test
    void theDatabaseGoingAwayMidJobLeavesItFailedAndTheNextFireRestartsIt(@TempDir(cleanup = CleanupMode.ON_SUCCESS) Path temp) {
        try (SchedulerTestBed bed = new SchedulerTestBed(embedded, "dbloss");
             ConfigurableApplicationContext instance = SchedulerTestBed.application(
                     bed.home(temp, "dnnd_dbloss", chunkedSchedule("dbloss-run", "dbloss", 3)))) {
            instance.getBean(SchedulerService.class).start();
            await("two chunks written", Duration.ofSeconds(120),
                    () -> bed.count("select count(*) from chunk_probe where target = 'dbloss'") >= 20);

            List<Boolean> terminated = bed.jdbc().queryForList(
                    "select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'dnnd_dbloss'",
                    Boolean.class);
            assertThat(terminated).isNotEmpty().containsOnly(true);

            await("the scheduler recorded how the run ended", Duration.ofSeconds(120), () -> bed.count(
                    "select count(*) from schedule_run where outcome in ('failed', 'gave_up', 'completed') or attempts > 1") >= 1);
            Map<String, Object> failed = bed.jdbc().queryForMap(
                    "select status, exit_message from batch_job_execution order by job_execution_id limit 1");
            assertThat(failed.get("status")).as("%s", bed.jdbc().queryForList("select * from schedule_run"))
                    .isEqualTo("FAILED");
            assertThat((String) failed.get("exit_message")).startsWith("database connection lost");

            await("the next fire restarted it to completion", Duration.ofSeconds(180),
                    () -> bed.count("select count(*) from batch_job_execution where status = 'COMPLETED'") == 1);
            assertCompleteRows(bed, "dbloss");
            assertThat(bed.jdbc().queryForMap("select attempts, outcome from schedule_run"))
                    .containsEntry("attempts", 2).containsEntry("outcome", "completed");
        }
    }

    @Test
    void aShutdownStopsTheRunAfterItsChunkAndAnotherInstanceResumesIt(@TempDir Path temp) {
        try (SchedulerTestBed bed = new SchedulerTestBed(embedded, "graceful")) {
            Path home = bed.home(temp, "dnnd_graceful", chunkedSchedule("graceful-run", "graceful", 3));
            ConfigurableApplicationContext first = SchedulerTestBed.application(home);
            first.getBean(SchedulerService.class).start();
            await("two chunks written", Duration.ofSeconds(120),
                    () -> bed.count("select count(*) from chunk_probe where target = 'graceful'") >= 20);
            first.close();

            Map<String, Object> stopped = bed.jdbc().queryForMap("""
                    select e.status, s.write_count, s.status as step_status from batch_job_execution e
                      join batch_step_execution s on s.job_execution_id = e.job_execution_id and s.step_name = 'chunkedStep'""");
            assertThat(stopped).containsEntry("status", "STOPPED").containsEntry("step_status", "STOPPED");
            long written = bed.count("select count(*) from chunk_probe where target = 'graceful'");
            assertThat(written).as("only whole committed chunks").isEqualTo(((Number) stopped.get("write_count")).longValue())
                    .isLessThan(ROWS);
            assertThat(written % TestJobsConfiguration.CHUNK).isZero();
            assertThat(bed.jdbc().queryForObject("select outcome from schedule_run", String.class)).isEqualTo("interrupted");

            try (ConfigurableApplicationContext second = SchedulerTestBed.application(home)) {
                second.getBean(SchedulerService.class).start();
                await("resumed and completed by the other instance", Duration.ofSeconds(180),
                        () -> bed.count("select count(*) from batch_job_execution where status = 'COMPLETED'") == 1);
            }
            assertCompleteRows(bed, "graceful");
            assertThat(bed.jdbc().queryForMap("select attempts, outcome from schedule_run"))
                    .containsEntry("attempts", 2).containsEntry("outcome", "completed");
        }
    }

    @Test
    void aRunThatKeepsFailingIsRetriedUpToMaxAttemptsThenReported(@TempDir Path temp) {
        String schedules = """
                      always-fails:
                        job: failingJob
                        cron: "0/2 * * * * ?"
                        max-attempts: 2
                        parameters:
                          label: nightly
                      probe:
                        job: probeJob
                        cron: "0/2 * * * * ?"
                        parameters:
                          fire: "{fireTime}"
                """;
        try (SchedulerTestBed bed = new SchedulerTestBed(embedded, "giveup")) {
            Path home = bed.home(temp, "dnnd_giveup", schedules);
            try (ConfigurableApplicationContext instance = SchedulerTestBed.application(home)) {
                instance.getBean(SchedulerService.class).start();
                await("given up", Duration.ofSeconds(120), () -> bed.count(
                        "select count(*) from schedule_run where schedule_name = 'always-fails' and outcome = 'gave_up'") == 1);
                long probesAtGiveUp = bed.count("select count(*) from schedule_probe");
                await("three more fires", Duration.ofSeconds(120),
                        () -> bed.count("select count(*) from schedule_probe") >= probesAtGiveUp + 3);
            }
            assertThat(bed.jdbc().queryForList("""
                    select e.status from batch_job_execution e join batch_job_instance i using (job_instance_id)
                     where i.job_name = 'failingJob' order by e.job_execution_id""", String.class))
                    .as("tried twice, then left alone %s", bed.jdbc().queryForList("select * from schedule_run"))
                    .containsExactly("FAILED", "FAILED");
            assertThat(bed.count("select count(*) from batch_job_instance where job_name = 'failingJob'")).isEqualTo(1);
            assertThat(bed.jdbc().queryForMap("select attempts, message from schedule_run where schedule_name = 'always-fails'"))
                    .containsEntry("attempts", 2)
                    .hasEntrySatisfying("message", message -> assertThat((String) message)
                            .contains("đã thử 2 lần").contains("this test job always fails").contains("dnnd jobs restart"));

            StringWriter out = new StringWriter();
            int exit = DnndMain.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                    "--home", home.toString(), "schedules", "list");
            assertThat(exit).isZero();
            assertThat(out.toString()).contains("Cần xử lý (needs attention):").contains("‼ always-fails label=nightly");
        }
    }

    @Test
    void aFireIsSkippedAndRecordedWhileTheSameJobInstanceRunsElsewhere(@TempDir Path temp) throws Exception {
        try (SchedulerTestBed bed = new SchedulerTestBed(embedded, "skip");
             ConfigurableApplicationContext instance = SchedulerTestBed.application(
                     bed.home(temp, "dnnd_skip", chunkedSchedule("busy-run", "busy", 3)))) {
            CompletableFuture<JobExecution> manual = CompletableFuture.supplyAsync(() -> {
                try {
                    return instance.getBean(BatchControl.class).start("chunkedJob", new JobParametersBuilder()
                            .addString("target", "busy").addLong("rows", (long) ROWS).addLong("pause", 300L, false)
                            .toJobParameters(), id -> { });
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            await("the manual run under way", Duration.ofSeconds(120),
                    () -> bed.count("select count(*) from chunk_probe where target = 'busy'") >= 10);
            instance.getBean(SchedulerService.class).start();

            await("a fire skipped", Duration.ofSeconds(120),
                    () -> bed.count("select count(*) from schedule_run where skips >= 1") == 1);
            assertThat(bed.jdbc().queryForObject("select message from schedule_run", String.class))
                    .contains("already running: execution");
            JobExecution execution = manual.get();
            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);

            await("the run marked completed by the manual execution", Duration.ofSeconds(60),
                    () -> bed.count("select count(*) from schedule_run where outcome = 'completed'") == 1);
            assertThat(bed.jdbc().queryForMap("select attempts, job_execution_id, message from schedule_run"))
                    .containsEntry("attempts", 0).containsEntry("job_execution_id", execution.getId())
                    .hasEntrySatisfying("message", message -> assertThat((String) message).contains("completed by execution"));
            assertThat(bed.count("select count(*) from batch_job_execution")).isEqualTo(1);
            assertCompleteRows(bed, "busy");
        }
    }

    private static void assertCompleteRows(SchedulerTestBed bed, String target) {
        Map<String, Object> totals = bed.jdbc().queryForMap(
                "select count(*) as rows, sum(n) as n, sum(square) as squares from chunk_probe where target = ?", target);
        assertThat(((Number) totals.get("rows")).intValue()).isEqualTo(ROWS);
        assertThat(((Number) totals.get("n")).longValue()).isEqualTo((long) ROWS * (ROWS + 1) / 2);
        assertThat(((Number) totals.get("squares")).longValue()).isEqualTo((long) ROWS * (ROWS + 1) * (2L * ROWS + 1) / 6);
    }
}
