package vn.dnnd.submission.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Lists the inbox when the step opens, oldest file first (then by name), so that of two uploads
 * of the same organisation the later one becomes the current version. Hidden files and files still
 * being written by an upload ("*.part", "*.tmp") are left alone, and so is a file modified less than
 * {@code settle} ago: an upload that writes in place would otherwise be read half written. Symbolic
 * links are listed as links, never followed (the processor refuses them). Restart needs no saved
 * position: a file already ingested has left the inbox, or is recognised by its checksum.
 */
public class InboxFileReader implements ItemStreamReader<InboxFile> {

    private final Path inbox;
    private final boolean bundles;
    private final Duration settle;
    private final Clock clock;
    private final InboxNotes notes;
    private final List<String> only;
    private Deque<InboxFile> files;

    /** {@code bundles}: list only multi-organisation files ({@code *.multi.csv}, {@code *.multi.json}), else only the others. */
    public InboxFileReader(Path inbox, boolean bundles, Duration settle, Clock clock, InboxNotes notes) {
        this(inbox, bundles, settle, clock, notes, null);
    }

    /**
     * Only the files named in {@code only}, in that order (an ingest partition's files in the cluster mode); a
     * named file no longer in the inbox is passed over. Null: every file.
     */
    InboxFileReader(Path inbox, boolean bundles, Duration settle, Clock clock, InboxNotes notes, List<String> only) {
        this.inbox = inbox;
        this.bundles = bundles;
        this.settle = settle;
        this.clock = clock;
        this.notes = notes;
        this.only = only == null ? null : List.copyOf(only);
    }

    /** The inbox's files in reading order, as {@link #read} gives them; for a partitioner that splits them. */
    List<InboxFile> list() {
        open(new ExecutionContext());
        return List.copyOf(files);
    }

    @Override
    public void open(ExecutionContext executionContext) {
        Instant settledBefore = clock.instant().minus(settle);
        List<Listed> listed = new ArrayList<>();
        try (Stream<Path> listing = Files.list(inbox)) {
            for (Path path : (Iterable<Path>) listing::iterator) {
                String name = path.getFileName().toString();
                if (isSubmission(name) && IngestBundleProcessor.isBundle(name) == bundles
                        && (only == null || only.contains(name))) {
                    list(path, settledBefore, listed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the inbox " + inbox, e);
        }
        listed.sort(Comparator.comparing(Listed::modified).thenComparing(l -> l.file().path().getFileName()));
        files = new ArrayDeque<>();
        if (only == null) {
            listed.forEach(l -> files.add(l.file()));
            return;
        }
        Map<String, InboxFile> byName = new HashMap<>();
        listed.forEach(l -> byName.put(l.file().name(), l.file()));
        // A named file no longer listed has been taken meanwhile: by an earlier attempt of this partition (a
        // restart, a worker that died after its commit) or by whoever removed it, as with any file gone before
        // the listing; a file too fresh to take is noted by the listing itself.
        for (String name : only) {
            InboxFile file = byName.get(name);
            if (file != null) {
                files.add(file);
            }
        }
    }

    private record Listed(InboxFile file, Instant modified) {
    }

    private void list(Path path, Instant settledBefore, List<Listed> listed) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException gone) {
            return;
        }
        Instant modified = attributes.lastModifiedTime().toInstant();
        if (attributes.isSymbolicLink()) {
            listed.add(new Listed(InboxFile.link(path, Files.readSymbolicLink(path).toString()), modified));
        } else if (attributes.isRegularFile() && modified.isAfter(settledBefore)) {
            long seconds = Math.max(0, Duration.between(modified, clock.instant()).toSeconds());
            notes.left(path.getFileName().toString(), "tệp vừa được ghi " + seconds + " giây trước (có thể đang tải lên); "
                            + "sẽ nhận ở lần chạy sau khi tệp đã yên " + settle.toSeconds() + " giây",
                    "modified " + seconds + " s ago (perhaps still being uploaded); taken by a later run once unchanged for "
                            + settle.toSeconds() + " s");
        } else if (attributes.isRegularFile()) {
            listed.add(new Listed(InboxFile.listed(path, attributes), modified));
        }
    }

    @Override
    public InboxFile read() {
        return files == null ? null : files.poll();
    }

    /** Called at every chunk's commit: what was left in the inbox so far is saved with the step. */
    @Override
    public void update(ExecutionContext executionContext) {
        executionContext.putString(InboxNotes.KEY, notes.saved());
    }

    private static boolean isSubmission(String fileName) {
        String name = fileName.toLowerCase(java.util.Locale.ROOT);
        return !name.startsWith(".") && !name.startsWith("~$") && !name.endsWith(".part") && !name.endsWith(".tmp");
    }
}
