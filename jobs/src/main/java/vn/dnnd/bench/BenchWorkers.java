package vn.dnnd.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dnnd.system.DnndException;

/**
 * {@code dnnd worker} processes for {@code bench cluster}, on the benchmark's own home (whose embedded
 * PostgreSQL they attach to) and broker queue, each in a JVM of its own started from this JVM's jar or class
 * path; stopped with SIGTERM (they finish what they run), killed if they have not stopped a minute later.
 */
final class BenchWorkers implements AutoCloseable {

    private final List<Process> processes = new ArrayList<>();

    BenchWorkers(int count, Path home, String broker, String queue, Path logs) throws IOException {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String classPath = System.getProperty("java.class.path");
        for (int i = 1; i <= count; i++) {
            List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-Ddnnd.review.required=false",
                    "-Ddnnd.cluster.queue=" + queue));
            if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
                command.addAll(List.of("-jar", classPath));
            } else {
                command.addAll(List.of("-cp", classPath, "vn.dnnd.cli.DnndMain"));
            }
            command.addAll(List.of("--home", home.toString(), "worker"));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectOutput(logs.resolve("worker-" + i + ".out").toFile())
                    .redirectError(logs.resolve("worker-" + i + ".err").toFile());
            builder.environment().remove("DNND_DB_URL");
            builder.environment().remove("DNND_HOME");
            builder.environment().put("DNND_CLUSTER_BROKER", broker);
            builder.environment().put("DNND_NODE_NAME", "bench-worker-" + i);
            processes.add(builder.start());
        }
    }

    /** Waits until every worker has joined (its row in cluster_worker). */
    void awaitJoined(JdbcTemplate jdbc, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (joined(jdbc) < processes.size()) {
            if (System.nanoTime() > deadline || processes.stream().anyMatch(process -> !process.isAlive())) {
                throw new DnndException("Các worker của phép đo không khởi động được (xem worker-*.err)",
                        "the benchmark's workers did not start (see worker-*.err in the work directory)");
            }
            Thread.sleep(500);
        }
    }

    private long joined(JdbcTemplate jdbc) {
        Long count = jdbc.queryForObject("select count(*) from cluster_worker where node like 'bench-worker-%'",
                Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public void close() throws InterruptedException {
        processes.forEach(Process::destroy);
        for (Process process : processes) {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
