package vn.dnnd.indicator;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import vn.dnnd.system.DeadExecutions;
import vn.dnnd.system.JobLeftovers;
import vn.dnnd.system.NamedQueries;

/**
 * What a computeJob that does not publish leaves: its compute run marked running, with staging rows. The run
 * is marked failed with the reason and its staging cleared, whatever ended it: the job failed in its own
 * process ({@link #failed}, the failures as the reason), or its process died and {@link DeadExecutions} found
 * it ({@link #died}: "interrupted: …"). The published results of the period are untouched: they are still the
 * previous run's. A run recorded without a job execution, which no lease can vouch for, is given up a day
 * after it started, when the next computeJob of its period starts ({@link #abandonUnowned}; a national run
 * takes a second, 5,000 organisations twenty).
 */
class ComputeRunLeftovers implements JobLeftovers {

    private static final Logger log = LoggerFactory.getLogger(ComputeRunLeftovers.class);
    private static final int MAX_FAILURE_LENGTH = 2000;

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedQueries sql;
    private final Clock clock;

    ComputeRunLeftovers(NamedParameterJdbcTemplate jdbc, NamedQueries sql, Clock clock) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.clock = clock;
    }

    @Override
    public String jobName() {
        return ComputeJobConfiguration.JOB_NAME;
    }

    @Override
    public void failed(JobExecution execution) {
        Long runId = ComputeRunContext.runIdOf(execution);
        if (runId == null) {
            return;
        }
        String failure = execution.getAllFailureExceptions().stream()
                .map(e -> e.getClass().getSimpleName() + ": " + e.getMessage())
                .collect(Collectors.joining("; "));
        jdbc.update(sql.get("indicator", "fail-run"), new MapSqlParameterSource("run", runId)
                .addValue("failure", failure.length() > MAX_FAILURE_LENGTH ? failure.substring(0, MAX_FAILURE_LENGTH) : failure)
                .addValue("now", OffsetDateTime.now(clock)));
        StagingCleaner.clear(jdbc, runId);
    }

    /** The run is found by its execution: the process may have died before it saved the run id in its context. */
    @Override
    public void died(JobExecution execution) {
        for (long runId : jdbc.queryForList(
                "select run_id from compute_run where job_execution_id = :execution and status = 'running'",
                new MapSqlParameterSource("execution", execution.getId()), Long.class)) {
            fail(runId, "interrupted: the process running it stopped before the run ended (job execution "
                    + execution.getId() + ")");
        }
    }

    /** Runs of the period without a job execution, running for more than a day. */
    void abandonUnowned(String period) {
        for (long runId : jdbc.queryForList(sql.get("indicator", "list-abandoned-runs"),
                new MapSqlParameterSource("period", period).addValue("now", OffsetDateTime.now(clock)), Long.class)) {
            fail(runId, "abandoned: still running a day after it started");
        }
    }

    private void fail(long runId, String failure) {
        int marked = jdbc.update(sql.get("indicator", "fail-interrupted-run"), new MapSqlParameterSource("run", runId)
                .addValue("failure", failure).addValue("now", OffsetDateTime.now(clock)));
        if (marked == 1) {
            log.warn("Compute run {} marked failed and its staging cleared: {}", runId, failure);
            StagingCleaner.clear(jdbc, runId);
        }
    }
}
