package vn.dnnd.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.TimeZone;
import vn.dnnd.reports.text.VietnamTime;

/**
 * The training run behind the quick-start layout ({@link FastStart}), started by the Maven build in that layout
 * under {@code -XX:ArchiveClassesAtExit}: it runs the read-only commands once on a new home of its own, in one
 * JVM, so that the archive written as it exits holds the classes they load: Spring, the embedded PostgreSQL, the
 * JDBC driver, Flyway, picocli and the application's own; {@code reference load} adds those of running a Spring
 * Batch job. Then it stamps the layout as belonging to the jar.
 *
 * <p>Arguments: the single jar the layout was extracted from, the layout directory, the training home.
 */
public final class FastStartTraining {

    private static final List<List<String>> COMMANDS = List.of(
            List.of("--help"),
            List.of("reference", "load"),
            List.of("reference", "summary"),
            List.of("indicators", "show", "--period", "2025"),
            List.of("reports", "list"),
            List.of("jobs", "list"),
            List.of("schedules", "list"));

    private FastStartTraining() {
    }

    public static void main(String[] args) {
        Path singleJar = Path.of(args[0]);
        Path layout = Path.of(args[1]);
        String home = Path.of(args[2]).toAbsolutePath().toString();
        TimeZone.setDefault(TimeZone.getTimeZone(VietnamTime.ZONE));
        // Its own embedded database, whatever DNND_DB_URL the build runs with (CI sets one for a test).
        System.setProperty("dnnd.db.url", "");
        PrintWriter discard = new PrintWriter(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        for (List<String> command : COMMANDS) {
            // A new home has no published figures: "indicators show" ends in its one-line error, as it should.
            int code = DnndMain.execute(discard, command.contains("indicators") ? discard : err,
                    withHome(home, command));
            if (code != 0 && !command.contains("indicators")) {
                throw new IllegalStateException("training command failed with exit code " + code + ": " + command);
            }
        }
        FastStart.stamp(singleJar, layout);
    }

    private static String[] withHome(String home, List<String> command) {
        String[] arguments = new String[command.size() + 2];
        arguments[0] = "--home";
        arguments[1] = home;
        for (int i = 0; i < command.size(); i++) {
            arguments[i + 2] = command.get(i);
        }
        return arguments;
    }
}
