package vn.dnnd.portal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dnnd.operations.BatchControl;
import vn.dnnd.operations.ExitDescriptions;

/**
 * Runs of the test-only {@code chunkedJob} (vn.dnnd.schedule.TestJobsConfiguration, on in the portal's test
 * context) for the job monitor's tests: 10 rows a chunk into {@code chunk_probe}, paced by {@code chunk_pace} so
 * that a run is still going when a page looks at it, or failed by a row already there (a duplicate key), then
 * restartable once that row is gone. The job itself is launched as every job is, through {@link BatchControl}.
 */
final class ChunkedRuns {

    private final BatchControl control;
    private final JobRepository jobRepository;
    private final JdbcTemplate jdbc;

    ChunkedRuns(BatchControl control, JobRepository jobRepository, JdbcTemplate jdbc) {
        this.control = control;
        this.jobRepository = jobRepository;
        this.jdbc = jdbc;
        // The job's first step creates them too; a test sets its pace or its conflict before the job starts.
        jdbc.execute("""
                create table if not exists chunk_probe (target text not null, n integer not null,
                                                        square bigint not null, primary key (target, n))""");
        jdbc.execute("create table if not exists chunk_pace (target text primary key, pause_ms bigint not null)");
    }

    /** A target no other test writes to. */
    static String target(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36);
    }

    /** Each chunk of the target's runs sleeps this long after it writes, from its next chunk on. */
    void pace(String target, long millis) {
        jdbc.update("""
                insert into chunk_pace values (?, ?)
                on conflict (target) do update set pause_ms = excluded.pause_ms""", target, millis);
    }

    /** Starts a run in the background; returns once it has begun. */
    Running start(String target, long rows) throws Exception {
        CompletableFuture<Long> begun = new CompletableFuture<>();
        CompletableFuture<JobExecution> end = CompletableFuture.supplyAsync(() -> {
            try {
                return control.start("chunkedJob", parameters(target, rows), begun::complete);
            } catch (Exception e) {
                begun.completeExceptionally(e);
                throw new IllegalStateException(e);
            }
        });
        return new Running(begun.get(60, TimeUnit.SECONDS), end);
    }

    /** A run that fails on row {@code conflictAt} (its chunk rolls back; the chunks before it stay written). */
    JobExecution failed(String target, long rows, int conflictAt) throws Exception {
        jdbc.update("insert into chunk_probe values (?, ?, -1)", target, conflictAt);
        JobExecution execution = control.start("chunkedJob", parameters(target, rows), id -> { });
        if (execution.getStatus() != BatchStatus.FAILED) {
            throw new IllegalStateException("the run meant to fail ended " + execution.getStatus());
        }
        return execution;
    }

    /** Takes away what made {@link #failed} fail: a restart then completes. */
    void removeConflict(String target) {
        jdbc.update("delete from chunk_probe where target = ? and square = -1", target);
    }

    /**
     * Leaves a failed run as a run killed mid-step leaves it in the job repository: marked running, no end, no
     * failure recorded, and no process holding its lease.
     */
    void forgeCrash(long executionId) {
        JobExecution execution = jobRepository.getJobExecution(executionId);
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus() == BatchStatus.FAILED) {
                step.setStatus(BatchStatus.STARTED);
                step.setExitStatus(ExitStatus.EXECUTING);
                step.setEndTime(null);
                step.getExecutionContext().remove(ExitDescriptions.CONTEXT_KEY);
                jobRepository.update(step);
                jobRepository.updateExecutionContext(step);
            }
        }
        execution.setStatus(BatchStatus.STARTED);
        execution.setExitStatus(ExitStatus.UNKNOWN);
        execution.setEndTime(null);
        jobRepository.update(execution);
    }

    long written(String target) {
        return jdbc.queryForObject("select count(*) from chunk_probe where target = ?", Long.class, target);
    }

    private static JobParameters parameters(String target, long rows) {
        return new JobParametersBuilder().addString("target", target).addLong("rows", rows)
                .addLong("pause", 0L, false).toJobParameters();
    }

    record Running(long id, CompletableFuture<JobExecution> end) {
    }
}
