package vn.dnnd.cluster;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.dnnd.system.ExecutionNodes;

/**
 * The workers of the cluster as PostgreSQL knows them (V74): read by {@code schedules list} and /admin/jobs on
 * any node, written by each worker about itself. A worker is alive while its beat is at most three beats old,
 * so one that dies is shown as lost within half a minute at the default beat (10 s).
 */
@Component
public class ClusterWorkers {

    /** A worker: its node name, since when it runs, its last beat, whether that beat is recent, what it runs. */
    public record Worker(String node, OffsetDateTime startedAt, OffsetDateTime heartbeatAt, boolean alive,
                         Long stepExecutionId, String stepName) {
    }

    private final JdbcTemplate jdbc;
    private final ExecutionNodes nodes;
    private final ClusterProperties settings;

    public ClusterWorkers(JdbcTemplate jdbc, ExecutionNodes nodes, ClusterProperties settings) {
        this.jdbc = jdbc;
        this.nodes = nodes;
        this.settings = settings;
    }

    /** Every worker with a row: alive ones first, then lost ones, each by name. */
    public List<Worker> list() {
        long lateSeconds = 3L * settings.heartbeatSeconds();
        return jdbc.query("""
                select node, started_at, heartbeat_at, heartbeat_at > now() - make_interval(secs => ?) as alive,
                       step_execution_id, step_name
                from cluster_worker order by alive desc, node""", (row, i) -> new Worker(row.getString(1),
                local(row.getObject(2, OffsetDateTime.class)), local(row.getObject(3, OffsetDateTime.class)),
                row.getBoolean(4), (Long) row.getObject(5), row.getString(6)), lateSeconds);
    }

    /** PostgreSQL hands times back in UTC; shown in the application's zone like every other time. */
    private static OffsetDateTime local(OffsetDateTime time) {
        return time.atZoneSameInstant(java.time.ZoneId.systemDefault()).toOffsetDateTime();
    }

    /** Whether any worker has beaten within three beats. */
    boolean anyAlive() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from cluster_worker where heartbeat_at > now() - make_interval(secs => ?))",
                Boolean.class, 3L * settings.heartbeatSeconds()));
    }

    /** This process starts working: its row, fresh (a lost row of the same name is replaced); old lost rows go. */
    void joined() {
        jdbc.update("delete from cluster_worker where heartbeat_at < now() - make_interval(secs => ?)",
                Duration.ofDays(1).toSeconds());
        jdbc.update("""
                insert into cluster_worker (node, started_at, heartbeat_at) values (?, now(), now())
                on conflict (node) do update set started_at = now(), heartbeat_at = now(), step_execution_id = null,
                    step_name = null""", nodes.name());
    }

    void beat() {
        jdbc.update("update cluster_worker set heartbeat_at = now() where node = ?", nodes.name());
    }

    /** The partition this worker runs now (null when idle); the partition's node is recorded for good. */
    void runs(Long stepExecutionId, String stepName) {
        jdbc.update("update cluster_worker set heartbeat_at = now(), step_execution_id = ?, step_name = ? where node = ?",
                stepExecutionId, stepName, nodes.name());
        if (stepExecutionId != null) {
            jdbc.update("""
                    insert into step_execution_node (step_execution_id, node) values (?, ?)
                    on conflict (step_execution_id) do update set node = excluded.node""", stepExecutionId, nodes.name());
        }
    }

    void left() {
        jdbc.update("delete from cluster_worker where node = ?", nodes.name());
    }

    String me() {
        return nodes.name();
    }
}
