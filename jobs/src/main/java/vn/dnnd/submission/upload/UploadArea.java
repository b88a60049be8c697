package vn.dnnd.submission.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.dnnd.system.HomeDirectory;

/**
 * {@code <home>/uploads/}: each upload is written into a directory of its own with a random name, read from
 * there by the intake, archived from there, and the directory removed. A process killed meanwhile leaves its
 * directory behind; those older than a day are removed when the application starts (nothing in them was
 * stored, or it was archived already).
 */
@Component
class UploadArea {

    private static final Logger log = LoggerFactory.getLogger(UploadArea.class);
    private static final Duration STALE = Duration.ofDays(1);

    private final Path root;

    UploadArea(HomeDirectory home) {
        this.root = home.uploads();
        removeStale();
    }

    /** A new private directory (0700) under {@code uploads/}. */
    Path newDirectory() {
        try {
            return Files.createTempDirectory(root, "upload-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create an upload directory under " + root, e);
        }
    }

    /** Writes at most {@code limit} bytes of {@code in} to {@code target}; false (and stops reading) when there are more. */
    boolean copy(InputStream in, Path target, long limit) throws IOException {
        byte[] buffer = new byte[65536];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                total += read;
                if (total > limit) {
                    return false;
                }
                out.write(buffer, 0, read);
            }
        }
        return true;
    }

    /** Removes an upload's directory and whatever is still in it (the file if it was not archived). */
    void remove(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            log.warn("Could not remove the upload directory {}", directory, e);
        }
    }

    private void removeStale() {
        Instant before = Instant.now().minus(STALE);
        try (Stream<Path> listing = Files.list(root)) {
            for (Path directory : (Iterable<Path>) listing::iterator) {
                if (Files.isDirectory(directory) && Files.getLastModifiedTime(directory).toInstant().isBefore(before)) {
                    log.info("Removing {}, left by an upload whose process stopped", directory);
                    remove(directory);
                }
            }
        } catch (IOException e) {
            log.warn("Could not look for stale upload directories in {}", root, e);
        }
    }
}
