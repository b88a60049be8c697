package vn.dnnd.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Component;

/**
 * The application home (default {@code ./data}, or {@code --home DIR}, or {@code DNND_HOME}): the
 * embedded database, the intake inbox and archive, rendered reports and logs all live under it.
 */
@Component
public class HomeDirectory {

    private final Path root;

    public HomeDirectory(DnndProperties properties) {
        this.root = Path.of(properties.home()).toAbsolutePath().normalize();
        createDirectories(root);
    }

    public Path root() {
        return root;
    }

    /** PostgreSQL data directory of the embedded server. */
    public Path postgresData() {
        return root.resolve("pgdata");
    }

    public Path inbox() {
        return directory("inbox");
    }

    public Path archive() {
        return directory("archive");
    }

    public Path reports() {
        return directory("reports");
    }

    public Path logs() {
        return directory("logs");
    }

    private Path directory(String name) {
        return createDirectories(root.resolve(name));
    }

    private static Path createDirectories(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create directory " + dir, e);
        }
    }
}
