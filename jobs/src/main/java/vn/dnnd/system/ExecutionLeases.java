package vn.dnnd.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tells whether the process running a job execution is alive, when that process may be another one: a
 * command killed with -9 leaves its execution STARTED for ever, and nothing in the job repository tells it
 * from one still running. An execution whose job has {@link #around} holds a lease for its whole run: a
 * session-level advisory lock keyed by its id, on a connection of its own outside the pool. PostgreSQL
 * drops the lock when that connection goes, and the connection goes with the process, however it ends.
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

    /**
     * Takes the lease when an execution begins, before the {@code inner} listeners (in order), and lets it go
     * when it ends, after them (in reverse order), even if one of them fails: a lease kept by mistake would
     * make a run look alive for as long as this process lives.
     */
    public JobExecutionListener around(JobExecutionListener... inner) {
        return new JobExecutionListener() {
            @Override
            public void beforeJob(JobExecution execution) {
                take(execution.getId());
                for (JobExecutionListener listener : inner) {
                    listener.beforeJob(execution);
                }
            }

            @Override
            public void afterJob(JobExecution execution) {
                try {
                    for (int i = inner.length - 1; i >= 0; i--) {
                        inner[i].afterJob(execution);
                    }
                } finally {
                    release(execution.getId());
                }
            }
        };
    }

    /**
     * Whether some process (this one included) holds the execution's lease. An execution that has begun a
     * step and whose lease nobody holds belongs to a process that died.
     */
    public boolean held(long executionId) {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection -> {
            if (!call(connection, "pg_try_advisory_lock", executionId)) {
                return true;
            }
            call(connection, "pg_advisory_unlock", executionId);
            return false;
        }));
    }

    private void take(long executionId) {
        try {
            Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
            String schema = properties.db().schema();
            if (schema != null && !schema.isBlank()) {
                connection.setSchema(schema);
            }
            // Waits only if a check of this very id is under way (held() takes the lock for a moment).
            call(connection, "pg_advisory_lock", executionId);
            held.put(executionId, connection);
        } catch (SQLException e) {
            throw new DnndException("Không giữ được khóa của lần chạy #" + executionId,
                    "cannot take the lease of execution " + executionId + ": " + e.getMessage(), e);
        }
    }

    /** Closing the connection ends its session, and with it the lock. */
    private void release(long executionId) {
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
