package vn.dnnd.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * This process's node name and the record of which node runs each job execution (V73). The name is
 * {@code dnnd.node-name} when set (an operator's name for a machine), else {@code <host>:<pid>}, so two
 * processes on one machine are told apart. The host name comes from the kernel, not from a DNS lookup that
 * could hang a start.
 */
@Component
public class ExecutionNodes {

    private final JdbcTemplate jdbc;
    private final String name;

    public ExecutionNodes(JdbcTemplate jdbc, @Value("${dnnd.node-name:}") String configured) {
        this.jdbc = jdbc;
        this.name = configured == null || configured.isBlank() ? host() + ":" + ProcessHandle.current().pid()
                : configured.strip();
    }

    /** This process's node name. */
    public String name() {
        return name;
    }

    /** Records that this node runs execution {@code executionId}. */
    void record(long executionId) {
        jdbc.update("""
                insert into execution_node (job_execution_id, node) values (?, ?)
                on conflict (job_execution_id) do update set node = excluded.node""", executionId, name);
    }

    private static String host() {
        String fromEnvironment = System.getenv("HOSTNAME");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.strip();
        }
        try {
            return Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
        } catch (IOException | RuntimeException e) {
            return "localhost";
        }
    }
}
