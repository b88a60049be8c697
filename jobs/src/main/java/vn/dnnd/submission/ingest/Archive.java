package vn.dnnd.submission.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;
import vn.dnnd.system.HomeDirectory;

/**
 * Where files go once their outcome is committed: {@code archive/accepted/<period>/<ORG>/},
 * {@code archive/rejected/<date>/} (with the error report beside the file) and
 * {@code archive/duplicate/<date>/}. Moves happen only after the database commit; a file still in
 * the inbox after a crash is moved by the next run.
 */
@Component
public class Archive {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private final HomeDirectory home;
    private final IntakeRecords records;

    public Archive(HomeDirectory home, IntakeRecords records) {
        this.home = home;
        this.records = records;
    }

    Path acceptedPath(String periodCode, String orgCode, int version, OffsetDateTime receivedAt, String name) {
        return home.archive().resolve("accepted").resolve(periodCode).resolve(orgCode)
                .resolve("v" + version + "-" + STAMP.format(receivedAt.atZoneSameInstant(VIETNAM)) + "-" + name);
    }

    Path rejectedPath(long fileId, OffsetDateTime receivedAt, String name) {
        return dated("rejected", receivedAt).resolve(fileId + "-" + name);
    }

    Path duplicatePath(long fileId, OffsetDateTime receivedAt, String name) {
        return dated("duplicate", receivedAt).resolve(fileId + "-" + name);
    }

    /** A multi-organisation file, whatever became of its parts: {@code archive/bundles/<date>/<id>-<name>}. */
    Path bundlePath(long bundleId, OffsetDateTime receivedAt, String name) {
        return dated("bundles", receivedAt).resolve(bundleId + "-" + name);
    }

    Path duplicateBundlePath(long bundleId, OffsetDateTime receivedAt, String name) {
        return dated("duplicate", receivedAt).resolve("b" + bundleId + "-" + name);
    }

    private Path dated(String outcome, OffsetDateTime receivedAt) {
        return home.archive().resolve(outcome).resolve(receivedAt.atZoneSameInstant(VIETNAM).toLocalDate().toString());
    }

    /** Writes the error report of a rejected file (from its stored issues) and moves the file. */
    void file(Path inboxFile, Path target, long fileId, boolean rejected) {
        try {
            if (rejected) {
                ErrorReport.write(ErrorReport.pathFor(target), records.issuesOf(fileId), false);
            }
            move(inboxFile, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot archive " + inboxFile + " to " + target, e);
        }
    }

    /** Moves a multi-organisation file; {@code errorReport} (when not null) is written first from its stored issues. */
    void bundle(Path inboxFile, Path target, long bundleId, Path errorReport) {
        try {
            if (errorReport != null) {
                ErrorReport.write(errorReport, records.issuesOfBundle(bundleId), true);
            }
            move(inboxFile, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot archive " + inboxFile + " to " + target, e);
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
