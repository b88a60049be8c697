package vn.dnnd.schedule;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.dnnd.system.NamedQueries;

/**
 * The {@code schedule_run} table. Every change of who runs an occurrence is a compare-and-set on its
 * outcome and attempt count, so two scheduler instances can never both start the same run.
 */
@Repository
public class ScheduleRunLedger {

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedQueries queries;

    public ScheduleRunLedger(NamedParameterJdbcTemplate jdbc, NamedQueries queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    /** Records an occurrence asked for by a fire; an occurrence already on record is left as it is. */
    void open(ScheduleDefinition definition, LaunchRequest request, ZonedDateTime fireTime) {
        jdbc.update(queries.get("schedule", "open-run"), new MapSqlParameterSource("scheduleName", definition.name())
                .addValue("jobName", definition.jobName()).addValue("occurrence", request.occurrence())
                .addValue("jobParameters", ParameterTemplate.serialize(request.parameters()))
                .addValue("firedAt", fireTime.toOffsetDateTime()));
    }

    /** Occurrences of a schedule that still need the scheduler: not yet started, failed, interrupted, running. */
    List<ScheduleRun> openRuns(String scheduleName) {
        return jdbc.query(queries.get("schedule", "list-open-runs"),
                new MapSqlParameterSource("scheduleName", scheduleName), ScheduleRunLedger::map);
    }

    /** Takes a run for this instance (one more attempt); false when another instance changed it first. */
    boolean claim(ScheduleRun run, String instanceName, ZonedDateTime fireTime) {
        return jdbc.update(queries.get("schedule", "claim-run"), new MapSqlParameterSource("instanceName", instanceName)
                .addValue("firedAt", fireTime.toOffsetDateTime()).addValue("runId", run.runId())
                .addValue("outcome", run.outcome()).addValue("attempts", run.attempts())) == 1;
    }

    void attachExecution(long runId, long jobExecutionId) {
        jdbc.update("update schedule_run set job_execution_id = :jobExecutionId, updated_at = now() where run_id = :runId",
                new MapSqlParameterSource("jobExecutionId", jobExecutionId).addValue("runId", runId));
    }

    void finish(long runId, String outcome, Long jobExecutionId, String message) {
        jdbc.update(queries.get("schedule", "finish-run"), new MapSqlParameterSource("outcome", outcome)
                .addValue("jobExecutionId", jobExecutionId).addValue("message", message).addValue("runId", runId));
    }

    void skipped(long runId, long jobExecutionId, ZonedDateTime fireTime, String message) {
        jdbc.update(queries.get("schedule", "skip-run"), new MapSqlParameterSource("jobExecutionId", jobExecutionId)
                .addValue("message", message).addValue("firedAt", fireTime.toOffsetDateTime()).addValue("runId", runId));
    }

    /** The schedule's latest occurrence, whatever became of it. */
    public Optional<ScheduleRun> latest(String scheduleName) {
        return jdbc.query(queries.get("schedule", "find-latest-run"),
                new MapSqlParameterSource("scheduleName", scheduleName), ScheduleRunLedger::map).stream().findFirst();
    }

    public Optional<ScheduleRun> forExecution(long jobExecutionId) {
        return jdbc.query(queries.get("schedule", "find-run-of-execution"),
                new MapSqlParameterSource("jobExecutionId", jobExecutionId), ScheduleRunLedger::map).stream().findFirst();
    }

    /**
     * Runs the scheduler gave up on whose job instance has not completed since (an operator's
     * {@code jobs restart} that completes clears it).
     */
    public List<ScheduleRun> needingAttention() {
        return jdbc.query(queries.get("schedule", "list-runs-needing-attention"), ScheduleRunLedger::map);
    }

    /** The run of one occurrence of a schedule, if a fire (or a run now) has recorded it. */
    Optional<ScheduleRun> find(String scheduleName, String occurrence) {
        return jdbc.query(queries.get("schedule", "find-run"), new MapSqlParameterSource("scheduleName", scheduleName)
                .addValue("occurrence", occurrence), ScheduleRunLedger::map).stream().findFirst();
    }

    /** The runs of a schedule taken by an instance whose execution is still marked running. */
    public List<ScheduleRun> going(String scheduleName) {
        return jdbc.query(queries.get("schedule", "list-going-runs"),
                new MapSqlParameterSource("scheduleName", scheduleName), ScheduleRunLedger::map);
    }

    /**
     * The latest runs that did not complete and that the scheduler has not given up on (failed, interrupted,
     * skipped, stopped), unless their job instance has completed since.
     */
    public List<ScheduleRun> unfinished(int limit) {
        return jdbc.query(queries.get("schedule", "list-unfinished-runs"), new MapSqlParameterSource("limit", limit),
                ScheduleRunLedger::map);
    }

    private static ScheduleRun map(ResultSet rs, int row) throws SQLException {
        return new ScheduleRun(rs.getLong("run_id"), rs.getString("schedule_name"), rs.getString("job_name"),
                rs.getString("occurrence"), rs.getString("job_parameters"),
                rs.getObject("fired_at", OffsetDateTime.class), rs.getObject("last_fired_at", OffsetDateTime.class),
                rs.getString("instance_name"), (Long) rs.getObject("job_execution_id"), rs.getInt("attempts"),
                rs.getInt("skips"), rs.getString("outcome"), rs.getString("message"));
    }
}
