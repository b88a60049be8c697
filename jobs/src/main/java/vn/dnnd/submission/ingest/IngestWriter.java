package vn.dnnd.submission.ingest;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.dnnd.submission.IntakeProperties;
import vn.dnnd.submission.reference.IntakeReference;
import vn.dnnd.submission.validation.Issue;

/**
 * Stores one chunk of files in one transaction: superseded versions, new submissions with their
 * values, narratives and activities (COPY), outlier warnings, intake_file and validation_issue rows.
 * Files are moved to the archive only after the commit, so a crash leaves each file either untouched
 * (rolled back, ingested again) or stored and still in the inbox (moved by the next run).
 */
public class IngestWriter implements ItemWriter<IngestItem> {

    private final IngestStore store;
    private final IntakeRecords records;
    private final Archive archive;
    private final OutlierWarnings outliers;
    private final OffsetDateTime receivedAt;
    private final Long jobExecutionId;

    public IngestWriter(IngestStore store, IntakeRecords records, Archive archive, IntakeReference reference,
                        IntakeProperties properties, OffsetDateTime receivedAt, Long jobExecutionId) {
        this.store = store;
        this.records = records;
        this.archive = archive;
        this.outliers = new OutlierWarnings(records, reference, properties.outlierFactor());
        this.receivedAt = receivedAt;
        this.jobExecutionId = jobExecutionId;
    }

    @Override
    public void write(Chunk<? extends IngestItem> chunk) {
        ChunkPlanner.Plan plan = new ChunkPlanner(store, archive, receivedAt).plan(chunk.getItems());
        List<PlannedFile> accepted = plan.files().stream().filter(f -> f.outcome() == PlannedFile.Outcome.ACCEPTED).toList();
        store.supersede(plan.supersededInDatabase(), receivedAt);
        store.insertSubmissions(accepted, receivedAt);
        store.copyContent(accepted);
        Map<Long, List<Issue>> warnings = outliers.find(accepted);
        List<PlannedFile> toRecord = new ArrayList<>();
        for (PlannedFile file : plan.files()) {
            if (file.outcome() == PlannedFile.Outcome.FINISH_ARCHIVING) {
                continue;
            }
            List<Issue> extra = file.submissionId() == null ? List.of() : warnings.getOrDefault(file.submissionId(), List.of());
            if (extra.isEmpty()) {
                toRecord.add(file);
            } else {
                List<Issue> all = new ArrayList<>(file.issues());
                all.addAll(extra);
                toRecord.add(file.withIssues(all));
            }
        }
        records.insertFiles(toRecord, receivedAt, jobExecutionId);
        records.insertIssues(toRecord);
        archiveAfterCommit(plan.files());
    }

    private void archiveAfterCommit(List<PlannedFile> files) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                for (PlannedFile file : files) {
                    boolean rejected = file.outcome() == PlannedFile.Outcome.REJECTED
                            || (file.outcome() == PlannedFile.Outcome.FINISH_ARCHIVING && "rejected".equals(file.status()));
                    archive.file(file.item().file().path(), file.archivedPath(), file.fileId(), rejected);
                }
            }
        });
    }
}
