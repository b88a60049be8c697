package vn.dnnd.schedule;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code schedule_run} table. Every change of who runs an occurrence is a compare-and-set on its
 * outcome and attempt count, so two scheduler instances can never both start the same run.
 */
@Repository
public class ScheduleRunLedger {

    private static final String COLUMNS = """
            run_id, schedule_name, job_name, occurrence, job_parameters, fired_at, last_fired_at, instance_name,
            job_execution_id, attempts, skips, outcome, message""";

    private final JdbcTemplate jdbc;

    public ScheduleRunLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an occurrence asked for by a fire; an occurrence already on record is left as it is. */
    void open(ScheduleDefinition definition, LaunchRequest request, ZonedDateTime fireTime) {
        jdbc.update("""
                insert into schedule_run (schedule_name, job_name, occurrence, job_parameters, fired_at, last_fired_at,
                                          outcome, updated_at)
                values (?, ?, ?, ?, ?, ?, 'pending', now())
                on conflict (schedule_name, occurrence) do nothing
                """, definition.name(), definition.jobName(), request.occurrence(),
                ParameterTemplate.serialize(request.parameters()), fireTime.toOffsetDateTime(), fireTime.toOffsetDateTime());
    }

    /** Occurrences of a schedule that still need the scheduler: not yet started, failed, interrupted, running. */
    List<ScheduleRun> openRuns(String scheduleName) {
        return jdbc.query("select " + COLUMNS + """
                 from schedule_run
                where schedule_name = ? and outcome in ('pending', 'running', 'failed', 'interrupted', 'skipped')
                order by fired_at, run_id
                """, ScheduleRunLedger::map, scheduleName);
    }

    /** Takes a run for this instance (one more attempt); false when another instance changed it first. */
    boolean claim(ScheduleRun run, String instanceName, ZonedDateTime fireTime) {
        return jdbc.update("""
                update schedule_run
                   set outcome = 'running', instance_name = ?, attempts = attempts + 1, last_fired_at = ?, message = null,
                       updated_at = now()
                 where run_id = ? and outcome = ? and attempts = ?
                """, instanceName, fireTime.toOffsetDateTime(), run.runId(), run.outcome(), run.attempts()) == 1;
    }

    void attachExecution(long runId, long jobExecutionId) {
        jdbc.update("update schedule_run set job_execution_id = ?, updated_at = now() where run_id = ?",
                jobExecutionId, runId);
    }

    void finish(long runId, String outcome, Long jobExecutionId, String message) {
        jdbc.update("""
                update schedule_run set outcome = ?, job_execution_id = coalesce(?, job_execution_id), message = ?,
                       updated_at = now()
                 where run_id = ?
                """, outcome, jobExecutionId, message, runId);
    }

    void skipped(long runId, long jobExecutionId, ZonedDateTime fireTime, String message) {
        jdbc.update("""
                update schedule_run set outcome = 'skipped', skips = skips + 1, job_execution_id = ?, message = ?,
                       last_fired_at = ?, updated_at = now()
                 where run_id = ?
                """, jobExecutionId, message, fireTime.toOffsetDateTime(), runId);
    }

    /** The schedule's latest occurrence, whatever became of it. */
    public Optional<ScheduleRun> latest(String scheduleName) {
        return jdbc.query("select " + COLUMNS + " from schedule_run where schedule_name = ? order by fired_at desc, run_id desc limit 1",
                ScheduleRunLedger::map, scheduleName).stream().findFirst();
    }

    public Optional<ScheduleRun> forExecution(long jobExecutionId) {
        return jdbc.query("select " + COLUMNS + " from schedule_run where job_execution_id = ?",
                ScheduleRunLedger::map, jobExecutionId).stream().findFirst();
    }

    /**
     * Runs the scheduler gave up on whose job instance has not completed since (an operator's
     * {@code jobs restart} that completes clears it).
     */
    public List<ScheduleRun> needingAttention() {
        return jdbc.query("""
                select r.*
                  from schedule_run r
                 join batch_job_execution e on e.job_execution_id = r.job_execution_id
                where r.outcome = 'gave_up'
                  and not exists (select 1 from batch_job_execution later
                                   where later.job_instance_id = e.job_instance_id and later.status = 'COMPLETED')
                order by r.fired_at
                """, ScheduleRunLedger::map);
    }

    private static ScheduleRun map(ResultSet rs, int row) throws SQLException {
        return new ScheduleRun(rs.getLong("run_id"), rs.getString("schedule_name"), rs.getString("job_name"),
                rs.getString("occurrence"), rs.getString("job_parameters"),
                rs.getObject("fired_at", OffsetDateTime.class), rs.getObject("last_fired_at", OffsetDateTime.class),
                rs.getString("instance_name"), (Long) rs.getObject("job_execution_id"), rs.getInt("attempts"),
                rs.getInt("skips"), rs.getString("outcome"), rs.getString("message"));
    }
}
