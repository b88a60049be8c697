package vn.dnnd.submission.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Lists the inbox when the step opens, oldest file first (then by name), so that of two uploads
 * of the same organisation the later one becomes the current version. Hidden files and files still
 * being written by an upload ("*.part", "*.tmp") are left alone. Restart needs no saved position:
 * a file already ingested has left the inbox, or is recognised by its checksum.
 */
public class InboxFileReader implements ItemStreamReader<InboxFile> {

    private final Path inbox;
    private final boolean bundles;
    private Deque<InboxFile> files;

    /** {@code bundles}: list only multi-organisation files ({@code *.multi.csv}, {@code *.multi.json}), else only the others. */
    public InboxFileReader(Path inbox, boolean bundles) {
        this.inbox = inbox;
        this.bundles = bundles;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        try (Stream<Path> listing = Files.list(inbox)) {
            List<Path> paths = listing.filter(Files::isRegularFile).filter(InboxFileReader::isSubmission)
                    .filter(path -> IngestBundleProcessor.isBundle(path.getFileName().toString()) == bundles)
                    .sorted(Comparator.comparing(InboxFileReader::modified).thenComparing(Path::getFileName))
                    .toList();
            files = new ArrayDeque<>();
            for (Path path : paths) {
                files.add(new InboxFile(path, Files.size(path)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the inbox " + inbox, e);
        }
    }

    @Override
    public InboxFile read() {
        return files == null ? null : files.poll();
    }

    private static boolean isSubmission(Path path) {
        String name = path.getFileName().toString().toLowerCase();
        return !name.startsWith(".") && !name.startsWith("~$") && !name.endsWith(".part") && !name.endsWith(".tmp");
    }

    private static long modified(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class).lastModifiedTime().toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
