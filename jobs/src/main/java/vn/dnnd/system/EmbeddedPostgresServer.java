package vn.dnnd.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 17 started in-process from the zonky binaries, with its data directory kept
 * under the application home so nothing is lost between runs. If a server already runs on that
 * directory, we attach to it and leave it running when we close.
 *
 * <p>Other local users must not get in: every login needs the home's password ({@link DatabasePassword},
 * {@link PasswordOnlyAccess}), the server listens on 127.0.0.1 only and has no Unix socket.
 */
final class EmbeddedPostgresServer implements DatabaseServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final Path dataDirectory;
    private final int port;
    private final String password;
    private final EmbeddedPostgres owned;

    private EmbeddedPostgresServer(Path dataDirectory, int port, String password, EmbeddedPostgres owned) {
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.password = password;
        this.owned = owned;
    }

    static EmbeddedPostgresServer startOrAttach(Path dataDirectory, Path logDirectory, Path passwordFile) {
        DatabasePassword password = DatabasePassword.readOrCreate(passwordFile);
        OptionalInt running = RunningPostmaster.port(dataDirectory);
        if (running.isPresent()) {
            log.info("Attaching to the embedded PostgreSQL already running on {} (port {})",
                    dataDirectory, running.getAsInt());
            return attach(dataDirectory, running.getAsInt(), password);
        }
        if (password.created() && Files.exists(dataDirectory.resolve("PG_VERSION"))) {
            // The server does not know this new password: mark its access rules stale, so that the password
            // is set at this start, or at the next one should this start be cut short.
            PasswordOnlyAccess.revoke(dataDirectory);
        }
        try {
            EmbeddedPostgres postgres = start(dataDirectory, logDirectory, password);
            log.info("Started embedded PostgreSQL on {} (port {})", dataDirectory, postgres.getPort());
            return new EmbeddedPostgresServer(dataDirectory, postgres.getPort(), password.value(), postgres);
        } catch (IOException | IllegalStateException e) {
            // Another process may have started a server on the same directory a moment ago.
            OptionalInt raced = RunningPostmaster.port(dataDirectory);
            if (raced.isPresent()) {
                return attach(dataDirectory, raced.getAsInt(), password);
            }
            throw new DnndException("Không khởi động được PostgreSQL nhúng tại " + dataDirectory,
                    "cannot start the embedded PostgreSQL at " + dataDirectory + ": " + e.getMessage(), e);
        }
    }

    private static EmbeddedPostgres start(Path dataDirectory, Path logDirectory, DatabasePassword password)
            throws IOException {
        boolean initialised = Files.exists(dataDirectory.resolve("postgresql.conf"));
        Path serverLogFile = logDirectory.resolve("postgres.log");
        Redirect serverLog = Redirect.appendTo(serverLogFile.toFile());
        return EmbeddedPostgres.builder()
                .setPgBinaryResolver(PostgresBinaries.INSTANCE)
                .setOverrideWorkingDirectory(PostgresBinaries.workingDirectory().toFile())
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C")
                // zonky runs initdb with "-A trust"; these come after it on initdb's command line and win, so a
                // new data directory never lets anyone in without the password, not even during its first start.
                .setLocaleConfig("auth", "scram-sha-256")
                .setLocaleConfig("pwfile", password.file().toString())
                // zonky turns synchronous_commit off for tests; accepted submissions must survive a crash.
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("timezone", "Asia/Ho_Chi_Minh")
                // Loopback TCP only, and no Unix socket: by default it is in /tmp, open to every local user.
                // The JDBC driver uses TCP anyway.
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("unix_socket_directories", "")
                // zonky logs in to see that the server is ready.
                .setConnectConfig("password", password.value())
                // Runs after initdb, before the server starts listening.
                .setDataDirectoryCustomizer(directory -> requirePassword(directory.toPath(), initialised,
                        password.value(), serverLogFile))
                .setOutputRedirector(serverLog)
                .setErrorRedirector(serverLog)
                .start();
    }

    /**
     * A data directory with other access rules than ours was made by an earlier version (trust for
     * everyone, no password) or its password file was replaced: its superuser gets the home's password
     * before the server listens. A new one got it from initdb and only needs our rules.
     */
    private static void requirePassword(Path dataDirectory, boolean initialised, String password, Path serverLog) {
        if (PasswordOnlyAccess.isCurrent(dataDirectory)) {
            return;
        }
        if (initialised) {
            SuperuserPassword.setStopped(PostgresBinaries.INSTANCE.directory(), dataDirectory, password, serverLog);
            log.warn("The embedded PostgreSQL on {} now requires the password in the home's db-password file",
                    dataDirectory);
        }
        PasswordOnlyAccess.write(dataDirectory);
    }

    private static EmbeddedPostgresServer attach(Path dataDirectory, int port, DatabasePassword password) {
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(dataDirectory, port, password.value(), null);
        if (!PasswordOnlyAccess.isCurrent(dataDirectory)) {
            // Started by an earlier version, it lets anyone in: close that at once, not at its next restart.
            SuperuserPassword.setRunning(server.jdbcUrl(), password.value(), dataDirectory);
            log.warn("The running embedded PostgreSQL on {} now requires the password in {}; its socket and listen "
                    + "addresses change when it next restarts", dataDirectory, password.file());
        } else if (password.created()) {
            password.discard();
            throw new DnndException("PostgreSQL nhúng đang chạy tại " + dataDirectory + " nhưng tệp mật khẩu "
                    + password.file() + " đã bị xóa; hãy dừng máy chủ rồi chạy lại lệnh",
                    "the embedded PostgreSQL at " + dataDirectory + " is running but its password file "
                    + password.file() + " was deleted; stop the server, then run the command again", null);
        }
        return server;
    }

    @Override
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    @Override
    public String user() {
        return SuperuserPassword.SUPERUSER;
    }

    @Override
    public String password() {
        return password;
    }

    @Override
    public String describe() {
        return "embedded PostgreSQL at " + dataDirectory + " (port " + port + (owned == null ? ", attached)" : ")");
    }

    @Override
    public void close() {
        if (owned == null) {
            return;
        }
        try {
            owned.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop the embedded PostgreSQL at " + dataDirectory, e);
        }
    }
}
