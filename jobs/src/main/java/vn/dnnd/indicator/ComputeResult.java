package vn.dnnd.indicator;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What one computeJob run did: its run id and period, how many reporters were expected and how many
 * current submission versions it read, the rows it published, how long it took, which previous period
 * gave the year-over-year values, how many versions awaited review (left out) and, for a review period, which years had no published results.
 * {@code stalePeriods} are later periods whose published year-over-year values came from an older run
 * of this period: compute them again to refresh their comparison.
 */
public record ComputeResult(long runId, String periodCode, String periodKind, OffsetDateTime startedAt,
                            long durationMs, Integer expected, Integer submissions, Integer ignoredSubmissions,
                            Integer awaitingReview,
                            int rowsWritten, String previousPeriodCode, Long previousRunId,
                            List<String> yearsWithoutResults, List<String> stalePeriods) {

    public boolean annual() {
        return "annual".equals(periodKind);
    }
}
