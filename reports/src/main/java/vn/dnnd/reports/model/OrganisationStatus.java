package vn.dnnd.reports.model;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * An organisation expected to report for the period (view period_reporter) and what it sent.
 *
 * @param name        the Vietnamese name, a proper name kept in the English edition
 * @param region      the region it belongs to today; null for central bodies
 * @param version     the accepted submission version the report used; null when missing
 * @param receivedAt  when that version arrived; null when missing
 */
public record OrganisationStatus(
        String code,
        String name,
        OrganisationKind kind,
        Scope region,
        SubmissionState state,
        Integer version,
        OffsetDateTime receivedAt) {

    public OrganisationStatus {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        if ((state == SubmissionState.MISSING) != (version == null)) {
            throw new IllegalArgumentException(code + ": a missing report has no version, a received one has one");
        }
    }
}
