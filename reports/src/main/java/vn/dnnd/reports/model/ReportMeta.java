package vn.dnnd.reports.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What every output carries besides its content: the document header, the period and the one it is
 * compared with, the edition, when it was generated and from which submission versions.
 *
 * @param previousPeriod the period the "change" columns compare with; null when there is none
 * @param edition        1 for the first rendering of a period, then 2, 3, ... after new submissions
 * @param sources        the accepted submission versions the figures were computed from
 * @param awaitingReview versions of the period that were awaiting review when the figures were computed, and so
 *                       left out of them (0 when review is off or none waited)
 */
public record ReportMeta(
        DocumentHeader header,
        Period period,
        Period previousPeriod,
        int edition,
        OffsetDateTime generatedAt,
        List<SourceSubmission> sources,
        int awaitingReview) {

    /** Without versions awaiting review. */
    public ReportMeta(DocumentHeader header, Period period, Period previousPeriod, int edition, OffsetDateTime generatedAt,
                      List<SourceSubmission> sources) {
        this(header, period, previousPeriod, edition, generatedAt, sources, 0);
    }

    public ReportMeta {
        if (awaitingReview < 0) {
            throw new IllegalArgumentException("awaitingReview must be 0 or more: " + awaitingReview);
        }
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(generatedAt, "generatedAt");
        if (edition < 1) {
            throw new IllegalArgumentException("edition must be 1 or more: " + edition);
        }
        sources = List.copyOf(sources);
    }
}
