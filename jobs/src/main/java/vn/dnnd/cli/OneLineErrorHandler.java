package vn.dnnd.cli;

import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import vn.dnnd.referencedata.ReferenceDataRejectedException;
import vn.dnnd.system.DnndException;
import vn.dnnd.system.WrongUsageException;

/**
 * Turns any failure into one clear line on standard error and exit code 1 (2 for a request naming a
 * kind, language or job that does not exist, as for an unknown option); the stack trace goes to
 * the log file. Rejected reference data also lists every problem, one per line, after that line.
 */
final class OneLineErrorHandler implements IExecutionExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(OneLineErrorHandler.class);

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        log.error("Command failed: {}", String.join(" ", parseResult.originalArgs()), exception);
        var err = commandLine.getErr();
        err.println("Lỗi (error): " + describe(exception));
        ReferenceDataRejectedException rejected = find(exception, ReferenceDataRejectedException.class);
        if (rejected != null) {
            rejected.problems().stream().skip(1).forEach(problem -> err.println("  - " + problem));
        }
        err.flush();
        return find(exception, WrongUsageException.class) != null ? 2 : 1;
    }

    static String describe(Throwable exception) {
        DnndException known = find(exception, DnndException.class);
        if (known != null) {
            return known.getMessage();
        }
        SQLException sql = find(exception, SQLException.class);
        if (sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
            return "không kết nối được cơ sở dữ liệu (database unreachable): " + sql.getMessage();
        }
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    private static <T extends Throwable> T find(Throwable exception, Class<T> type) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
