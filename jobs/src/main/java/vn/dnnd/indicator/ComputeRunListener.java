package vn.dnnd.indicator;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.stream.Collectors;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import vn.dnnd.system.NamedQueries;

/**
 * When computeJob ends without publishing, marks its run failed with the reason and clears its staging
 * rows. The published results of the period are untouched: they are still the previous run's.
 */
class ComputeRunListener implements JobExecutionListener {

    private static final int MAX_FAILURE_LENGTH = 2000;

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedQueries sql;
    private final Clock clock;

    ComputeRunListener(NamedParameterJdbcTemplate jdbc, NamedQueries sql, Clock clock) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.clock = clock;
    }

    @Override
    public void afterJob(JobExecution execution) {
        Long runId = ComputeRunContext.runIdOf(execution);
        if (execution.getStatus() == BatchStatus.COMPLETED || runId == null) {
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
}
