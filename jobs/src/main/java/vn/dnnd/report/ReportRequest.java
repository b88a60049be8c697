package vn.dnnd.report;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.model.SourceSubmission;

/**
 * What a renderer needs besides the database: the period, the language, which edition this is and
 * the accepted submission versions behind the published figures (printed in the outputs' metadata).
 */
public record ReportRequest(
        String periodCode, ReportLanguage language, int edition, OffsetDateTime generatedAt, List<SourceSubmission> sources) {

    public ReportRequest {
        Objects.requireNonNull(periodCode, "periodCode");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(generatedAt, "generatedAt");
        sources = List.copyOf(sources);
    }
}
