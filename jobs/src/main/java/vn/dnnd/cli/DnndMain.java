package vn.dnnd.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import java.util.TimeZone;
import picocli.CommandLine;
import vn.dnnd.reports.text.VietnamTime;

/** Entry point of {@code java -jar dnnd.jar <command>}. */
public final class DnndMain {

    private DnndMain() {
    }

    public static void main(String[] args) {
        // Due dates, lateness and the times Spring Batch records (local date-times) are Vietnamese
        // time whatever zone the machine runs in.
        TimeZone.setDefault(TimeZone.getTimeZone(VietnamTime.ZONE));
        // Here and not in execute: the tests run commands in-process, in a JVM whose locale they set.
        OptionalInt relaunched = Relaunch.runInOwnJvm(args,
                new PrintStream(System.err, true, StandardCharsets.UTF_8));
        if (relaunched.isPresent()) {
            System.exit(relaunched.getAsInt());
        }
        System.exit(execute(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), Relaunch.arguments(args)));
    }

    /** Runs one command and returns its exit code: 0 success, 1 failure, 2 wrong usage. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new DnndCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new OneLineErrorHandler());
        BilingualCommandList.installOn(commandLine);
        return commandLine.execute(args);
    }
}
