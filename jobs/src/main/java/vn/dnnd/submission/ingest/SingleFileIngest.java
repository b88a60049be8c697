package vn.dnnd.submission.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dnnd.submission.IntakeProperties;
import vn.dnnd.submission.reference.CurrentIntakeReference;
import vn.dnnd.submission.reference.IntakeReference;

/**
 * ingestJob's path for one file, at once: the portal's and the API's uploads. The same processor (opening,
 * parsing, validation) and the same writer (planning, versions, storing, archiving after commit) as an inbox
 * file, so no rule exists twice. Reading and storing are two calls: between them the caller decides whether the
 * file may be stored at all (whom it is for). Storing is one transaction; there is no job execution
 * ({@code intake_file.job_execution_id} stays null, as it may), and the uploader is recorded instead.
 */
@Component
public class SingleFileIngest {

    /**
     * What was stored: the file's outcome and id, the version it became and that version's status
     * ({@code accepted}, or {@code awaiting} review), and every issue stored with it.
     */
    public record Stored(IntakeFileOutcome outcome, long fileId, Integer version, String versionStatus,
                         Long duplicateOf, List<IntakeRecords.IssueLine> issues) {
    }

    private static final ReentrantLock[] SAME_BYTES = stripes(64);

    private final IngestStore store;
    private final IntakeRecords records;
    private final Archive archive;
    private final IntakeProperties properties;
    private final CurrentIntakeReference reference;
    private final TransactionTemplate transactions;
    private final NamedParameterJdbcTemplate jdbc;

    public SingleFileIngest(IngestStore store, IntakeRecords records, Archive archive, IntakeProperties properties,
                            CurrentIntakeReference reference, PlatformTransactionManager transactions,
                            NamedParameterJdbcTemplate jdbc) {
        this.store = store;
        this.records = records;
        this.archive = archive;
        this.properties = properties;
        this.reference = reference;
        this.transactions = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
    }

    private static ReentrantLock[] stripes(int count) {
        ReentrantLock[] locks = new ReentrantLock[count];
        for (int i = 0; i < count; i++) {
            locks[i] = new ReentrantLock();
        }
        return locks;
    }

    /**
     * Reads, checksums, parses and validates {@code file}, a private copy alone in its directory (which also
     * takes the copy of the bytes read until it is archived). No database write. Never null.
     */
    public IngestItem read(Path file, OffsetDateTime receivedAt) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        InboxNotes notes = new InboxNotes();
        IngestFileProcessor processor = new IngestFileProcessor(reference.get(), properties,
                archive.stagingIn(file.getParent()), notes, receivedAt, false);
        IngestItem item = processor.process(InboxFile.listed(file, attributes));
        if (item == null) {
            // Only this process writes the upload's directory: a change while it is read is a fault, not an upload.
            throw new IllegalStateException("the uploaded copy " + file + " changed or vanished while read: " + notes.all());
        }
        return item;
    }

    /**
     * Stores {@code item} as ingestJob's writer does, in one transaction, and archives it after the commit.
     * The same bytes stored by another upload at the same moment: the checksum's lock makes this one wait for
     * that commit and find it, so it is a duplicate (the writer's own locks are per organisation and period).
     */
    public Stored store(IngestItem item, String uploadedBy, OffsetDateTime receivedAt) {
        // The advisory lock ends at commit, but the archive is written after it: without this lock a second
        // identical upload in this process could find the row before its archived copy and take it as lost.
        ReentrantLock stripe = SAME_BYTES[Math.floorMod(item.sha256().hashCode(), SAME_BYTES.length)];
        stripe.lock();
        try {
            return storeLocked(item, uploadedBy, receivedAt);
        } finally {
            stripe.unlock();
        }
    }

    private Stored storeLocked(IngestItem item, String uploadedBy, OffsetDateTime receivedAt) {
        IntakeReference current = reference.get();
        return transactions.execute(status -> {
            jdbc.query("select pg_advisory_xact_lock(hashtextextended(:key, 0))",
                    new MapSqlParameterSource("key", "intake_file.sha256:" + item.sha256()), rs -> { });
            IngestWriter writer = new IngestWriter(store, records, archive, current, properties, receivedAt, null);
            PlannedFile file = writer.store(List.of(item)).files().get(0);
            if (!(file instanceof PlannedFile.Recorded)) {
                // Stored before, its archived copy since lost: these bytes only restored it, nothing new is recorded.
                return new Stored(IntakeFileOutcome.DUPLICATE, file.fileId(), null, null, file.fileId(),
                        records.issuesOf(file.fileId()));
            }
            jdbc.update("update intake_file set uploaded_by = :by where file_id = :id",
                    new MapSqlParameterSource("by", uploadedBy).addValue("id", file.fileId()));
            return new Stored(file.outcome(), file.fileId(),
                    file instanceof PlannedFile.Accepted accepted ? accepted.version() : null,
                    file instanceof PlannedFile.Accepted accepted ? accepted.status().code() : null,
                    file instanceof PlannedFile.Duplicate duplicate ? duplicate.duplicateOf() : null,
                    records.issuesOf(file.fileId()));
        });
    }
}
