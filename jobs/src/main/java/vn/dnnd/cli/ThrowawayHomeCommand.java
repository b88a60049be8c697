package vn.dnnd.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/**
 * A benchmark that runs on its own home and embedded database inside a work directory, whatever --home and
 * DNND_DB_URL say (it adds thousands of organisations or tokens); a temporary work directory is deleted after.
 */
abstract class ThrowawayHomeCommand<S extends Record> extends ApplicationCommand<S> {

    @Option(names = "--work", paramLabel = "DIR",
            description = "Thư mục làm việc (work directory; default a temporary one, deleted afterwards).")
    Path work;

    /** The benchmark's files and its application home, set by {@link #call()} before the application starts. */
    protected Path directory;

    protected ThrowawayHomeCommand(Class<S> services) {
        super(services);
    }

    @Override
    public Integer call() throws Exception {
        boolean temporary = work == null;
        directory = temporary ? Files.createTempDirectory("dnnd-bench-") : work.toAbsolutePath();
        try {
            return super.call();
        } finally {
            if (temporary) {
                delete(directory);
            }
        }
    }

    @Override
    protected Path home() {
        return directory.resolve("home");
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
