package vn.dnnd.submission.ingest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.dnnd.submission.validation.Issue;

/**
 * Stores a chunk's plan in the chunk's transaction, for single files and parts of multi-organisation
 * files alike: superseded versions, new submissions with their content (COPY), outlier warnings
 * (one set-based query), then intake_file and validation_issue rows.
 */
final class PlanWriter {

    private final IngestStore store;
    private final IntakeRecords records;
    private final OutlierWarnings outliers;
    private final OffsetDateTime receivedAt;
    private final Long jobExecutionId;

    PlanWriter(IngestStore store, IntakeRecords records, OutlierWarnings outliers, OffsetDateTime receivedAt,
               Long jobExecutionId) {
        this.store = store;
        this.records = records;
        this.outliers = outliers;
        this.receivedAt = receivedAt;
        this.jobExecutionId = jobExecutionId;
    }

    /** {@code bundleOf} gives the intake_bundle id of a part (null for a single file). */
    void store(ChunkPlanner.Plan plan, Function<PlannedFile, Long> bundleOf) {
        List<PlannedFile.Accepted> accepted = plan.accepted();
        store.supersede(plan.supersededInDatabase(), receivedAt);
        store.insertSubmissions(accepted, receivedAt);
        store.copyContent(accepted);
        Map<Long, List<Issue>> warnings = outliers.find(accepted);
        List<PlannedFile.Recorded> toRecord = plan.recorded().stream().map(file -> withWarnings(file, warnings)).toList();
        records.insertFiles(toRecord, receivedAt, jobExecutionId, bundleOf);
        records.insertIssues(toRecord);
    }

    /** An accepted file with the outlier warnings found for its submission. */
    private static PlannedFile.Recorded withWarnings(PlannedFile.Recorded file, Map<Long, List<Issue>> warnings) {
        if (file instanceof PlannedFile.Accepted accepted) {
            List<Issue> extra = warnings.getOrDefault(accepted.submissionId(), List.of());
            return extra.isEmpty() ? accepted : accepted.withMoreIssues(extra);
        }
        return file;
    }
}
