package vn.dnnd.pipeline;

import java.util.List;
import vn.dnnd.report.Edition;
import vn.dnnd.submission.ingest.IngestSummary;
import vn.dnnd.submission.ingest.IntakeFileOutcome;

/**
 * What one annualJob or refreshJob execution did: the files its ingest took (empty for refreshJob),
 * the compute run it published (and how many versions awaiting review it left out; null for a run recorded
 * before that was counted) and the edition it archived.
 */
public record PipelineResult(String jobName, long jobExecutionId, String period, Long ingestExecutionId,
                             List<IngestSummary.FileOutcome> ingested, long computeRunId, Integer awaitingReview,
                             Edition edition) {

    public PipelineResult {
        ingested = List.copyOf(ingested);
    }

    public long count(IntakeFileOutcome outcome) {
        return ingested.stream().filter(file -> file.outcome() == outcome).count();
    }
}
