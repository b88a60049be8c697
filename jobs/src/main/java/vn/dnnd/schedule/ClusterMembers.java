package vn.dnnd.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.dnnd.operations.RunningExecutions;
import vn.dnnd.system.NamedQueries;

/**
 * Which scheduler instances are alive, from Quartz's own cluster table: an instance checks in every
 * {@code clusterCheckinInterval}; when it stops checking in, Quartz recovers its jobs and deletes its row.
 * We call an instance dead only when its row is gone or its check-in is three intervals late, so a run
 * that is merely slow is never taken over.
 */
@Component
public class ClusterMembers {

    private static final long GRACE_MILLIS = 7_500;

    /** A scheduler instance of the cluster: its name, when it last checked in and how often it should. */
    public record Member(String name, long lastCheckinMillis, long checkinIntervalMillis) {

        public Instant lastCheckin() {
            return Instant.ofEpochMilli(lastCheckinMillis);
        }
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedQueries queries;
    private final ObjectProvider<Scheduler> scheduler;
    private final String schedulerName;
    private final RunningExecutions running;

    /**
     * Quartz runs only in {@code serve}; a command reads the cluster table without it, under the name the
     * instances check in with (Quartz's default when unset: the scheduler bean's name).
     */
    public ClusterMembers(NamedParameterJdbcTemplate jdbc, NamedQueries queries, ObjectProvider<Scheduler> scheduler,
                          @Value("${spring.quartz.scheduler-name:quartzScheduler}") String schedulerName,
                          RunningExecutions running) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.scheduler = scheduler;
        this.schedulerName = schedulerName;
        this.running = running;
    }

    /** This process's scheduler instance, or null in a command, which has none. */
    public String me() {
        Scheduler local = scheduler.getIfAvailable();
        if (local == null) {
            return null;
        }
        try {
            return local.getSchedulerInstanceId();
        } catch (SchedulerException e) {
            throw new IllegalStateException("Quartz scheduler unavailable", e);
        }
    }

    /** Whether the instance that ran an execution can still be running it. */
    public boolean runs(String instanceName, long jobExecutionId) {
        if (instanceName.equals(me())) {
            return running.contains(jobExecutionId);
        }
        return alive(instanceName);
    }

    public boolean alive(String instanceName) {
        List<Map<String, Object>> rows = jdbc.queryForList(queries.get("schedule", "find-scheduler-checkin"),
                new MapSqlParameterSource("schedulerName", schedulerName).addValue("instanceName", instanceName));
        if (rows.isEmpty()) {
            return false;
        }
        long lastCheckin = ((Number) rows.get(0).get("last_checkin_time")).longValue();
        long interval = ((Number) rows.get(0).get("checkin_interval")).longValue();
        return checkedInLately(lastCheckin, interval);
    }

    /** Instances that checked in recently, for {@code schedules list}. */
    public List<String> members() {
        return alive().stream().map(Member::name).toList();
    }

    /** Instances that checked in recently, with their last check-in, in name order (the schedules page). */
    public List<Member> alive() {
        return jdbc.query(queries.get("schedule", "list-scheduler-instances"),
                        new MapSqlParameterSource("schedulerName", schedulerName),
                        (rs, row) -> new Member(rs.getString("instance_name"), rs.getLong("last_checkin_time"),
                                rs.getLong("checkin_interval")))
                .stream().filter(member -> checkedInLately(member.lastCheckinMillis(), member.checkinIntervalMillis()))
                .toList();
    }

    private static boolean checkedInLately(long lastCheckinMillis, long intervalMillis) {
        return System.currentTimeMillis() < lastCheckinMillis + 3 * intervalMillis + GRACE_MILLIS;
    }
}
