package vn.dnnd.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 17 started in-process from the zonky binaries, with its data directory kept
 * under the application home so nothing is lost between runs. If a server already runs on that
 * directory, we attach to it and leave it running when we close.
 */
final class EmbeddedPostgresServer implements DatabaseServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String SUPERUSER = "postgres";

    private final Path dataDirectory;
    private final int port;
    private final EmbeddedPostgres owned;

    private EmbeddedPostgresServer(Path dataDirectory, int port, EmbeddedPostgres owned) {
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.owned = owned;
    }

    static EmbeddedPostgresServer startOrAttach(Path dataDirectory, Path logDirectory) {
        OptionalInt running = RunningPostmaster.port(dataDirectory);
        if (running.isPresent()) {
            log.info("Attaching to the embedded PostgreSQL already running on {} (port {})",
                    dataDirectory, running.getAsInt());
            return new EmbeddedPostgresServer(dataDirectory, running.getAsInt(), null);
        }
        try {
            EmbeddedPostgres postgres = start(dataDirectory, logDirectory);
            log.info("Started embedded PostgreSQL on {} (port {})", dataDirectory, postgres.getPort());
            return new EmbeddedPostgresServer(dataDirectory, postgres.getPort(), postgres);
        } catch (IOException | IllegalStateException e) {
            // Another process may have started a server on the same directory a moment ago.
            OptionalInt raced = RunningPostmaster.port(dataDirectory);
            if (raced.isPresent()) {
                return new EmbeddedPostgresServer(dataDirectory, raced.getAsInt(), null);
            }
            throw new DnndException("Không khởi động được PostgreSQL nhúng tại " + dataDirectory,
                    "cannot start the embedded PostgreSQL at " + dataDirectory + ": " + e.getMessage(), e);
        }
    }

    private static EmbeddedPostgres start(Path dataDirectory, Path logDirectory) throws IOException {
        Redirect serverLog = Redirect.appendTo(logDirectory.resolve("postgres.log").toFile());
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C")
                // zonky turns synchronous_commit off for tests; accepted submissions must survive a crash.
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("timezone", "Asia/Ho_Chi_Minh")
                .setOutputRedirector(serverLog)
                .setErrorRedirector(serverLog)
                .start();
    }

    @Override
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    @Override
    public String user() {
        return SUPERUSER;
    }

    @Override
    public String password() {
        return null;
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
