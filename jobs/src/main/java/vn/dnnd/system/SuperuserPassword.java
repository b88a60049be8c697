package vn.dnnd.system;

import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.postgresql.util.PasswordUtil;

/**
 * Gives the superuser {@code postgres} the home's password, on a data directory made by an earlier
 * version (which had none) or after the password file was deleted. The statement carries only the
 * SCRAM verifier computed here, so the password itself never reaches the server or its log.
 */
final class SuperuserPassword {

    static final String SUPERUSER = "postgres";

    private SuperuserPassword() {
    }

    /**
     * With the server stopped, in single-user mode: that backend listens on nothing, so at no moment
     * can anyone log in without the password.
     */
    static void setStopped(Path binaries, Path dataDirectory, String password, Path serverLog) {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            // As zonky does: PostgreSQL refuses to run as root, and in a user namespace it is not root.
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(binaries.resolve("bin/postgres").toString(), "--single", "-D", dataDirectory.toString(),
                "-F", "-c", "listen_addresses=", "-c", "unix_socket_directories=", "-c", "log_min_error_statement=panic",
                "postgres"));
        try {
            Process backend = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (OutputStream input = backend.getOutputStream()) {
                input.write((alterStatement(password) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            // It ends at the end of its input. A failed statement does not change its exit code: read what it said.
            String output = new String(backend.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Files.writeString(serverLog, output, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            int exitCode = backend.waitFor();
            if (exitCode != 0 || output.contains("ERROR:") || output.contains("FATAL:")) {
                throw failure(dataDirectory, "the single-user backend failed, exit code " + exitCode
                        + " (see " + serverLog + ")", null);
            }
        } catch (IOException e) {
            throw failure(dataDirectory, e.toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(dataDirectory, "interrupted", e);
        }
    }

    /**
     * On a server an earlier version started and that still lets anyone in (so this connection needs no
     * password yet): sets the password, replaces {@code pg_hba.conf} and makes the server reread it.
     */
    static void setRunning(String jdbcUrl, String password, Path dataDirectory) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, SUPERUSER, password);
             Statement statement = connection.createStatement()) {
            statement.execute(alterStatement(password));
            PasswordOnlyAccess.write(dataDirectory);
            statement.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw failure(dataDirectory, e.getMessage(), e);
        }
        awaitRefusalWithoutPassword(jdbcUrl, dataDirectory);
    }

    /** The server rereads its rules a moment after the signal: go on only once they hold. */
    private static void awaitRefusalWithoutPassword(String jdbcUrl, Path dataDirectory) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try (Connection unexpected = DriverManager.getConnection(jdbcUrl, SUPERUSER, null)) {
                Thread.sleep(100);
            } catch (SQLException refused) {
                // What we wait for: the login without a password failed.
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure(dataDirectory, "interrupted", e);
            }
        }
        throw failure(dataDirectory, "the server still lets the superuser in without a password after reloading "
                + "its rules", null);
    }

    private static String alterStatement(String password) {
        try {
            return PasswordUtil.genAlterUserPasswordSQL(SUPERUSER, password.toCharArray(), "scram-sha-256");
        } catch (SQLException e) {
            throw new IllegalStateException("pgjdbc cannot compute a SCRAM verifier", e);
        }
    }

    private static DnndException failure(Path dataDirectory, String detail, Exception cause) {
        return new DnndException("Không đặt được mật khẩu cho PostgreSQL nhúng tại " + dataDirectory,
                "cannot set the password of the embedded PostgreSQL at " + dataDirectory + ": " + detail, cause);
    }
}
