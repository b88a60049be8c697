package vn.dnnd.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.springframework.stereotype.Component;
import vn.dnnd.system.DatabaseServer;
import vn.dnnd.system.DnndException;
import vn.dnnd.system.DnndProperties;

/**
 * One worker at a time per partition. The broker gives a request to a second worker whenever it loses the first
 * one's channel (a network blip, a broker restart, a missed heartbeat), even if that worker still runs the
 * partition; the second then waits here until the first ends (or its process dies: PostgreSQL drops a session's
 * advisory lock with its connection, a connection of its own outside the pool), and looks at the partition again
 * before it runs anything.
 */
@Component
class PartitionLeases {

    /** Two-key advisory lock: the partitions' namespace in this schema, and the step execution id. */
    private static final String KEY = "hashtext('dnnd.partition.' || current_schema()), ?";

    private final DatabaseServer server;
    private final DnndProperties properties;

    PartitionLeases(DatabaseServer server, DnndProperties properties) {
        this.server = server;
        this.properties = properties;
    }

    /** Waits until no other worker holds the partition, and holds it until the lease is closed. */
    Lease take(long stepExecutionId) {
        try {
            Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
            try {
                String schema = properties.db().schema();
                if (schema != null && !schema.isBlank()) {
                    connection.setSchema(schema);
                }
                try (PreparedStatement lock = connection.prepareStatement("select cast(pg_advisory_lock(" + KEY + ") as text)")) {
                    // Step execution ids stay far below 2^31.
                    lock.setInt(1, (int) stepExecutionId);
                    lock.executeQuery().close();
                }
                return new Lease(connection);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new DnndException("Không giữ được phần việc #" + stepExecutionId,
                    "cannot take the lease of partition " + stepExecutionId + ": " + e.getMessage(), e);
        }
    }

    /** Closing the connection ends its session, and with it the lock. */
    record Lease(Connection connection) implements AutoCloseable {

        @Override
        public void close() {
            try {
                connection.close();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot close a partition lease's connection", e);
            }
        }
    }
}
