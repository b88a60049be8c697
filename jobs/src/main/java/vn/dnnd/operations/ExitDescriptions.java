package vn.dnnd.operations;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dnnd.system.DnndException;

/**
 * A failure as a person can read it. Spring Batch stores a failed step's whole stack trace as its exit
 * description, cut at 2,500 characters: for a chunk step that is "FatalStepExecutionException: Unable to process
 * chunk" and frames, the reason (a duplicate key, a missing file) lost past the cut. So every step that fails
 * also keeps a summary of its failure in its execution context ({@value #CONTEXT_KEY}, TrackingListeners); a
 * page shows that, or else what it can read from the exit description. A summary is one or two sentences: the
 * user's own message when a DnndException is in the chain, otherwise the exception and its deepest cause, class
 * names without their packages, cut at a length that fits the page. The frames never leave the server (its log).
 */
public final class ExitDescriptions {

    /** Where a failed step keeps its failure's summary. */
    public static final String CONTEXT_KEY = "dnnd.failure";

    /** Long enough for a DnndException's two languages, short enough for a table cell. */
    static final int MAX_LENGTH = 400;

    private static final String CAUSED_BY = "Caused by: ";
    /** "org.springframework.dao.DuplicateKeyException: message" → the simple name and the message. */
    private static final Pattern QUALIFIED = Pattern.compile("^(?:[a-z_][\\w$]*\\.)+([A-Z][\\w$]*)(?::\\s*(.*))?$");

    private ExitDescriptions() {
    }

    /** The description shortened, or empty when there is none to show. */
    public static Optional<String> fromDescription(String description) {
        if (description == null || description.isBlank()) {
            return Optional.empty();
        }
        List<String> lines = description.lines().map(String::strip).filter(line -> !line.isEmpty()
                && !line.startsWith("at ") && !line.startsWith("... ")).toList();
        String first = readable(lines.get(0));
        String cause = lines.stream().filter(line -> line.startsWith(CAUSED_BY)).reduce((a, b) -> b)
                .map(line -> readable(line.substring(CAUSED_BY.length()))).orElse(null);
        String text = cause == null || first.contains(cause) ? first : first + " — " + cause;
        return Optional.of(shorten(text));
    }

    /** A failure's summary: its DnndException's message if it has one, else the exception and its deepest cause. */
    public static String fromFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DnndException known) {
                return shorten(known.getMessage());
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String first = readable(firstLine(failure.toString()));
        String cause = root == failure ? null : readable(firstLine(root.toString()));
        return shorten(cause == null || first.contains(cause) ? first : first + " — " + cause);
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("").strip();
    }

    private static String readable(String line) {
        Matcher qualified = QUALIFIED.matcher(line);
        if (!qualified.matches()) {
            return line;
        }
        String message = qualified.group(2);
        return message == null || message.isBlank() ? qualified.group(1) : qualified.group(1) + ": " + message;
    }

    private static String shorten(String text) {
        if (text.length() <= MAX_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_LENGTH - 1);
        return text.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH - 1) + "…";
    }
}
