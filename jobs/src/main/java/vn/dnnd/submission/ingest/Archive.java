package vn.dnnd.submission.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.dnnd.reports.text.VietnamTime;
import vn.dnnd.system.HomeDirectory;

/**
 * Where files go once their outcome is committed: {@code archive/accepted/<period>/<ORG>/},
 * {@code archive/rejected/<date>/} (with the error report beside the file) and
 * {@code archive/duplicate/<date>/}. What is archived is the copy of the bytes that were read
 * ({@code archive/.incoming/}, written as the file was read); the inbox file is then removed if it is
 * still the one that was read, and otherwise left for a later run. Moves happen only after the database
 * commit; a file still in the inbox after a crash is read again and archived by the next run.
 */
@Component
public class Archive {

    private static final Logger log = LoggerFactory.getLogger(Archive.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private final HomeDirectory home;
    private final IntakeRecords records;
    /** Where copies of the bytes read are kept until archived; null for {@code archive/.incoming/}. */
    private final Path staging;

    @Autowired
    public Archive(HomeDirectory home, IntakeRecords records) {
        this(home, records, null);
    }

    private Archive(HomeDirectory home, IntakeRecords records, Path staging) {
        this.home = home;
        this.records = records;
        this.staging = staging;
    }

    /**
     * The same archive, keeping its copies of the bytes read in {@code directory}: an upload's copy must not sit
     * in {@code archive/.incoming/}, which every ingest run empties when it starts (its copies are a dead run's).
     */
    Archive stagingIn(Path directory) {
        return new Archive(home, records, directory);
    }

    Path acceptedPath(String periodCode, String orgCode, int version, OffsetDateTime receivedAt, String name) {
        return home.archive().resolve("accepted").resolve(periodCode).resolve(orgCode)
                .resolve(ArchiveName.of("v" + version + "-"
                        + STAMP.format(receivedAt.atZoneSameInstant(VietnamTime.ZONE)) + "-", name));
    }

    Path rejectedPath(long fileId, OffsetDateTime receivedAt, String name) {
        return dated("rejected", receivedAt).resolve(ArchiveName.of(fileId + "-", name));
    }

    Path duplicatePath(long fileId, OffsetDateTime receivedAt, String name) {
        return dated("duplicate", receivedAt).resolve(ArchiveName.of(fileId + "-", name));
    }

    /** A multi-organisation file, whatever became of its parts: {@code archive/bundles/<date>/<id>-<name>}. */
    Path bundlePath(long bundleId, OffsetDateTime receivedAt, String name) {
        return dated("bundles", receivedAt).resolve(ArchiveName.of(bundleId + "-", name));
    }

    Path duplicateBundlePath(long bundleId, OffsetDateTime receivedAt, String name) {
        return dated("duplicate", receivedAt).resolve(ArchiveName.of("b" + bundleId + "-", name));
    }

    private Path dated(String outcome, OffsetDateTime receivedAt) {
        return home.archive().resolve(outcome)
                .resolve(receivedAt.atZoneSameInstant(VietnamTime.ZONE).toLocalDate().toString());
    }

    private Path incoming() {
        try {
            return Files.createDirectories(home.archive().resolve(".incoming"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the archive's staging directory", e);
        }
    }

    /** A private copy of bytes just read from the inbox (mode 0600), on the archive's file system. */
    Path stage(byte[] content) throws IOException {
        Path copy = Files.createTempFile(staging == null ? incoming() : staging, "read-", ".bin");
        Files.write(copy, content);
        return copy;
    }

    /** Copies left by a run that died before archiving them; its files are still in the inbox. */
    void clearIncoming() {
        try (Stream<Path> left = Files.list(incoming())) {
            for (Path copy : (Iterable<Path>) left::iterator) {
                Files.deleteIfExists(copy);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the archive's staging directory", e);
        }
    }

    /** Writes the error report of a rejected file (from its stored issues) and archives the file. */
    void file(InboxFile file, Path target, long fileId, boolean rejected) {
        try {
            if (rejected) {
                ErrorReport.write(ErrorReport.pathFor(target), records.issuesOf(fileId), false);
            }
            keep(file, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot archive " + file.path() + " to " + target, e);
        }
    }

    /** Archives a multi-organisation file; {@code errorReport} (when not null) is written first from its stored issues. */
    void bundle(InboxFile file, Path target, long bundleId, Path errorReport) {
        try {
            if (errorReport != null) {
                ErrorReport.write(errorReport, records.issuesOfBundle(bundleId), true);
            }
            keep(file, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot archive " + file.path() + " to " + target, e);
        }
    }

    /**
     * A symbolic link was never read: it is removed (what it points to is not ours). A file that was
     * read is archived from its copy. One refused unread (empty, too large) is moved as it is.
     */
    private void keep(InboxFile file, Path target) throws IOException {
        if (file.link()) {
            Files.deleteIfExists(file.path());
        } else if (file.staged() != null) {
            move(file.staged(), target);
            removeFromInbox(file);
        } else {
            try {
                move(file.path(), target);
            } catch (NoSuchFileException gone) {
                log.warn("{} left the inbox before it could be archived; its rejection is recorded", file.path());
            }
        }
    }

    private static void removeFromInbox(InboxFile file) throws IOException {
        try {
            if (file.sameAs(Files.readAttributes(file.path(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS))) {
                Files.delete(file.path());
            } else {
                log.warn("{} changed after it was read; the bytes read are archived, the new file is left for a later run",
                        file.path());
            }
        } catch (NoSuchFileException gone) {
            log.warn("{} left the inbox after it was read; the bytes read are archived", file.path());
        }
    }

    private static void move(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException otherDisk) {
            Path partial = to.resolveSibling(to.getFileName() + ".part");
            Files.copy(from, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Files.delete(from);
        }
    }
}
