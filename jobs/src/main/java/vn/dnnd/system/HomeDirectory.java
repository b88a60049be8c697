package vn.dnnd.system;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The application home (default {@code ./data}, or {@code --home DIR}, or {@code DNND_HOME}): the
 * embedded database and its password, the intake inbox and archive, rendered reports and logs all
 * live under it. Its directories are private to the application's OS user (0700, see {@link PrivateHome}).
 */
@Component
public class HomeDirectory {

    /** The home's own directories, made private when created and tightened at every start. */
    private static final List<String> DIRECTORIES = List.of("pgdata", "inbox", "archive", "reports", "logs",
            "config", "demo", "uploads");

    private final Path root;
    private final Path shared;

    public HomeDirectory(DnndProperties properties) {
        this.root = PrivateDirectories.create(Path.of(properties.home()).toAbsolutePath().normalize());
        String sharedDirectory = properties.sharedDirectory();
        this.shared = sharedDirectory == null || sharedDirectory.isBlank() ? root
                : PrivateDirectories.create(Path.of(sharedDirectory).toAbsolutePath().normalize());
    }

    public Path root() {
        return root;
    }

    /**
     * Where the files every node of a cluster must reach are kept (inbox, archive, uploads, reports):
     * {@code dnnd.shared-directory} when set, else the home itself. The database, logs and configuration stay
     * in each node's home.
     */
    public Path shared() {
        return shared;
    }

    /** PostgreSQL data directory of the embedded server. */
    public Path postgresData() {
        return root.resolve("pgdata");
    }

    /** The embedded server's superuser password (mode 0600), generated at its first start. */
    public Path databasePassword() {
        return root.resolve("db-password");
    }

    public Path inbox() {
        return sharedDirectory("inbox");
    }

    public Path archive() {
        return sharedDirectory("archive");
    }

    public Path reports() {
        return sharedDirectory("reports");
    }

    public Path logs() {
        return directory("logs");
    }

    /** Files uploaded through the portal or the API, each in a directory of its own until it is archived. */
    public Path uploads() {
        return sharedDirectory("uploads");
    }

    /** Where each {@code demo} run writes its sample submissions. */
    public Path demo() {
        return directory("demo");
    }

    /** The home itself and each of its own directories (whether they exist yet or not). */
    static List<Path> privateDirectories(Path root) {
        List<Path> directories = new ArrayList<>(List.of(root));
        DIRECTORIES.forEach(name -> directories.add(root.resolve(name)));
        return directories;
    }

    private Path directory(String name) {
        return PrivateDirectories.create(root.resolve(name));
    }

    private Path sharedDirectory(String name) {
        return PrivateDirectories.create(shared.resolve(name));
    }
}
