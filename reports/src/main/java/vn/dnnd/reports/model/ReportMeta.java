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
 */
public record ReportMeta(
        DocumentHeader header,
        Period period,
        Period previousPeriod,
        int edition,
        OffsetDateTime generatedAt,
        List<SourceSubmission> sources) {

    public ReportMeta {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(generatedAt, "generatedAt");
        if (edition < 1) {
            throw new IllegalArgumentException("edition must be 1 or more: " + edition);
        }
        sources = List.copyOf(sources);
    }
}
