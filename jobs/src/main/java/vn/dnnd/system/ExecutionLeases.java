package vn.dnnd.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tells whether the process running a job execution is alive, when that process may be another one: a
 * command killed with -9 leaves its execution STARTED for ever, and nothing in the job repository tells it
 * from one still running. Every execution holds a lease for its whole run ({@link LeasedJobs}): a
 * session-level advisory lock keyed by its id, on a connection of its own outside the pool. PostgreSQL
 * drops the lock when that connection goes, and the connection goes with the process, however it ends.
 * What is done with an execution whose lease nobody holds is {@link DeadExecutions}' business.
 */
@Component
public class ExecutionLeases {

    /** Two-key advisory lock: the application's namespace in this schema, and the execution id. */
    private static final String KEY = "hashtext('dnnd.execution.' || current_schema()), ?";

    private final DatabaseServer server;
    private final DnndProperties properties;
    private final JdbcTemplate jdbc;
    private final Map<Long, Connection> held = new ConcurrentHashMap<>();

    public ExecutionLeases(DatabaseServer server, DnndProperties properties, JdbcTemplate jdbc) {
        this.server = server;
        this.properties = properties;
        this.jdbc = jdbc;
    }

    /** Whether some process (this one included) holds the execution's lease. */
    boolean held(long executionId) {
        return !ifFree(executionId, () -> { });
    }

    /**
     * Runs {@code action} holding the execution's lease, if nobody holds it; whether it ran. Whoever settles a
     * dead execution holds its lease meanwhile, so two processes that find it dead at once do not both settle it.
     */
    boolean ifFree(long executionId, Runnable action) {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection -> {
            if (!call(connection, "pg_try_advisory_lock", executionId)) {
                return false;
            }
            try {
                action.run();
            } finally {
                call(connection, "pg_advisory_unlock", executionId);
            }
            return true;
        }));
    }

    /** Taken when an execution begins, on a connection that lives as long as the run (or its process). */
    void take(long executionId) {
        try {
            Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
            String schema = properties.db().schema();
            if (schema != null && !schema.isBlank()) {
                connection.setSchema(schema);
            }
            // Waits only while another process checks this very id (held() takes the lock for a moment).
            call(connection, "pg_advisory_lock", executionId);
            held.put(executionId, connection);
        } catch (SQLException e) {
            throw new DnndException("Không giữ được khóa của lần chạy #" + executionId,
                    "cannot take the lease of execution " + executionId + ": " + e.getMessage(), e);
        }
    }

    /** Closing the connection ends its session, and with it the lock. */
    void release(long executionId) {
        Connection connection = held.remove(executionId);
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close the lease connection of execution " + executionId, e);
        }
    }

    /** Calls an advisory lock function on the execution's key; whether it answered true (pg_advisory_lock answers nothing). */
    private static boolean call(Connection connection, String function, long executionId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select cast(" + function + "(" + KEY + ") as text)")) {
            // Execution ids stay far below 2^31; past it, two ids would share a lease and a dead run look alive.
            statement.setInt(1, (int) executionId);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return "true".equals(rs.getString(1));
            }
        }
    }
}
