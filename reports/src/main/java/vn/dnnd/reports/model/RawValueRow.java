package vn.dnnd.reports.model;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One submitted value as it arrived (submission_value with its submission): a number, a yes/no, or
 * "not applicable"; all three empty means the organisation left it blank (missing, not zero).
 */
public record RawValueRow(
        long submissionId,
        int version,
        String organisationCode,
        String organisationName,
        String indicatorCode,
        BigDecimal numericValue,
        Boolean booleanValue,
        boolean notApplicable,
        String note,
        OffsetDateTime receivedAt) {

    public RawValueRow {
        Objects.requireNonNull(organisationCode, "organisationCode");
        Objects.requireNonNull(indicatorCode, "indicatorCode");
    }
}
