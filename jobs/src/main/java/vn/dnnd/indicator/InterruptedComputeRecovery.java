package vn.dnnd.indicator;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import vn.dnnd.system.DnndException;
import vn.dnnd.system.ExecutionLeases;
import vn.dnnd.system.NamedQueries;

/**
 * A computeJob whose process is killed (kill -9, power loss) stays marked running, and so does its compute
 * run, with its staging rows. Every computeJob holds its execution's lease ({@link ExecutionLeases}) from
 * before its first step to its end, so when a computeJob of a period begins (a {@code compute}, a
 * pipeline's compute stage, {@code jobs restart}), an execution of that period marked running whose lease
 * nobody holds belongs to a dead process: it is marked FAILED (so {@code jobs list} stops showing it as
 * running), and a run of the period left running by such an execution is marked failed and its staging
 * cleared. A run recorded without a job execution cannot be checked that way: it is given up a day after
 * it started (a national run takes a second, 5,000 organisations twenty).
 */
class InterruptedComputeRecovery implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(InterruptedComputeRecovery.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final ExecutionLeases leases;
    private final NamedParameterJdbcTemplate jdbc;
    private final NamedQueries sql;
    private final Clock clock;

    InterruptedComputeRecovery(JobOperator jobOperator, JobRepository jobRepository, ExecutionLeases leases,
                               NamedParameterJdbcTemplate jdbc, NamedQueries sql, Clock clock) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.leases = leases;
        this.jdbc = jdbc;
        this.sql = sql;
        this.clock = clock;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        MapSqlParameterSource period = new MapSqlParameterSource("period",
                execution.getJobParameters().getString(ComputeRunContext.PERIOD_PARAMETER))
                .addValue("current", execution.getId())
                .addValue("parameter", ComputeRunContext.PERIOD_PARAMETER)
                .addValue("now", OffsetDateTime.now(clock));
        recoverExecutions(period);
        failRuns(period);
    }

    /**
     * Only an execution that has begun a step is sure to have taken its lease. One that has just ended lets
     * its lease go a moment before its end is recorded, so a lease found free is looked at again a second
     * later: an execution still marked running then has no process behind it.
     */
    private void recoverExecutions(MapSqlParameterSource period) {
        List<Long> dead = unleased(period);
        if (dead.isEmpty()) {
            return;
        }
        pause();
        for (long id : unleased(period)) {
            if (!dead.contains(id)) {
                continue;
            }
            log.warn("computeJob execution {} of period {} was left running by a process that died; marking it FAILED",
                    id, period.getValue("period"));
            try {
                jobOperator.recover(jobRepository.getJobExecution(id));
            } catch (OptimisticLockingFailureException e) {
                log.warn("computeJob execution {} was recovered by another process meanwhile: {}", id, e.getMessage());
            }
        }
    }

    private List<Long> unleased(MapSqlParameterSource period) {
        return jdbc.queryForList(sql.get("indicator", "list-unleased-executions"), period, Long.class).stream()
                .filter(id -> !leases.held(id)).toList();
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DnndException("Bị ngắt khi kiểm tra lần tính bị gián đoạn",
                    "interrupted while checking for interrupted computes", e);
        }
    }

    private void failRuns(MapSqlParameterSource period) {
        List<Map<String, Object>> running = jdbc.queryForList(sql.get("indicator", "list-running-runs"), period);
        for (Map<String, Object> run : running) {
            Long execution = (Long) run.get("job_execution_id");
            if (execution == null && Boolean.TRUE.equals(run.get("day_old"))) {
                fail((Long) run.get("run_id"), "abandoned: still running a day after it started", period);
            } else if (execution != null && !leases.held(execution)) {
                fail((Long) run.get("run_id"), "interrupted: the process running it stopped before the run ended "
                        + "(job execution " + execution + ")", period);
            }
        }
    }

    private void fail(long runId, String failure, MapSqlParameterSource period) {
        int marked = jdbc.update(sql.get("indicator", "fail-interrupted-run"),
                new MapSqlParameterSource("run", runId).addValue("failure", failure)
                .addValue("now", period.getValue("now")));
        if (marked == 1) {
            log.warn("Compute run {} of period {} marked failed and its staging cleared: {}", runId,
                    period.getValue("period"), failure);
            StagingCleaner.clear(jdbc, runId);
        }
    }
}
