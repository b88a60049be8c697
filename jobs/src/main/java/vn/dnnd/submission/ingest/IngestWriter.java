package vn.dnnd.submission.ingest;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.dnnd.submission.IntakeProperties;
import vn.dnnd.submission.reference.IntakeReference;

/**
 * Stores one chunk of files in one transaction: superseded versions, new submissions with their
 * values, narratives and activities (COPY), outlier warnings, intake_file and validation_issue rows.
 * Files are moved to the archive only after the commit, so a crash leaves each file either untouched
 * (rolled back, ingested again) or stored and still in the inbox (moved by the next run).
 */
public class IngestWriter implements ItemWriter<IngestItem> {

    private final IngestStore store;
    private final Archive archive;
    private final PlanWriter planWriter;
    private final OffsetDateTime receivedAt;

    public IngestWriter(IngestStore store, IntakeRecords records, Archive archive, IntakeReference reference,
                        IntakeProperties properties, OffsetDateTime receivedAt, Long jobExecutionId) {
        this.store = store;
        this.archive = archive;
        this.planWriter = new PlanWriter(store, records, new OutlierWarnings(records, reference, properties.outlierFactor()),
                receivedAt, jobExecutionId);
        this.receivedAt = receivedAt;
    }

    @Override
    public void write(Chunk<? extends IngestItem> chunk) {
        store(chunk.getItems());
    }

    /** Stores the items in the caller's transaction, archives them after its commit, and says what each became. */
    ChunkPlanner.Plan store(List<? extends IngestItem> items) {
        ChunkPlanner.Plan plan = new ChunkPlanner(store, archive, receivedAt).plan(items);
        planWriter.store(plan, file -> null);
        archiveAfterCommit(plan.files());
        return plan;
    }

    private void archiveAfterCommit(List<PlannedFile> files) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                for (PlannedFile file : files) {
                    // A rejected file only left to archive still needs its error report: outcome() is its stored one.
                    archive.file(file.item().file(), file.archivedPath(), file.fileId(),
                            file.outcome() == IntakeFileOutcome.REJECTED);
                }
            }
        });
    }
}
