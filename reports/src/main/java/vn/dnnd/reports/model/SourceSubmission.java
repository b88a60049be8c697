package vn.dnnd.reports.model;

import java.time.OffsetDateTime;
import java.util.Objects;

/** One accepted submission version a report was built from (table submission). */
public record SourceSubmission(long submissionId, String organisationCode, int version, OffsetDateTime receivedAt) {

    public SourceSubmission {
        Objects.requireNonNull(organisationCode, "organisationCode");
    }
}
