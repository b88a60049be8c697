package vn.dnnd.operations;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Lines about runs, fires and steps: always to the log, and to a console when a command (serve) has
 * attached one. Console logging stays off; this is the command's own output.
 */
@Component
public class ConsoleProgress {

    private static final Logger log = LoggerFactory.getLogger(ConsoleProgress.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Clock clock;
    private volatile PrintWriter console;

    public ConsoleProgress(Clock clock) {
        this.clock = clock;
    }

    public void attach(PrintWriter out) {
        this.console = out;
    }

    public void detach() {
        this.console = null;
    }

    public void print(String line) {
        log.info(line);
        toConsole(line);
    }

    public void warn(String line) {
        log.warn(line);
        toConsole(line);
    }

    private void toConsole(String line) {
        PrintWriter out = console;
        if (out != null) {
            synchronized (this) {
                out.println(TIME.format(LocalTime.now(clock)) + "  " + line);
                out.flush();
            }
        }
    }
}
