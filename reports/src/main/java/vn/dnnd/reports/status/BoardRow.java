package vn.dnnd.reports.status;

import java.time.OffsetDateTime;
import java.util.Objects;
import vn.dnnd.reports.model.OrganisationKind;

/**
 * One expected reporter of a period on the status board.
 *
 * @param region           the region of the organisation version expected for the period; null for central bodies
 * @param version          the current accepted version; null when nothing was accepted (never 0)
 * @param receivedAt       when that version arrived; null with it
 * @param channel          how it arrived (xlsx, csv, json, portal); null with it
 * @param rejectedAttempts files or parts of files for this organisation and period that were rejected
 * @param review           where the report stands with the reviewers; null when nothing was received
 * @param awaitingVersion  the version awaiting review, with {@code review} AWAITING; else null
 * @param returnedVersion  the latest version, returned for correction, with {@code review} RETURNED; else null
 * @param returnedReason   the reviewer's reason for that return
 */
public record BoardRow(String code, String nameVi, String nameEn, OrganisationKind kind, BoardRegion region,
                       BoardState state, Integer version, OffsetDateTime receivedAt, String channel,
                       int rejectedAttempts, BoardReview review, Integer awaitingVersion, Integer returnedVersion,
                       String returnedReason) {

    /** A row where review plays no part: the counted version, if any, is the latest. */
    public BoardRow(String code, String nameVi, String nameEn, OrganisationKind kind, BoardRegion region,
                    BoardState state, Integer version, OffsetDateTime receivedAt, String channel, int rejectedAttempts) {
        this(code, nameVi, nameEn, kind, region, state, version, receivedAt, channel, rejectedAttempts,
                state.submitted() ? BoardReview.ACCEPTED : null, null, null, null);
    }

    public BoardRow {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameVi, "nameVi");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        if (state.submitted() != (version != null) || (version != null) != (receivedAt != null)) {
            throw new IllegalArgumentException(code + ": a received report has a version and a time, a missing one neither");
        }
        if (rejectedAttempts < 0) {
            throw new IllegalArgumentException(code + ": negative rejected attempts");
        }
        if ((review == BoardReview.AWAITING) != (awaitingVersion != null)
                || (review == BoardReview.RETURNED) != (returnedVersion != null)) {
            throw new IllegalArgumentException(code + ": a version awaiting review or returned goes with its review state");
        }
    }

    /** Sent, but no version counts yet: only one awaiting review. */
    public boolean awaitingOnly() {
        return review == BoardReview.AWAITING && !state.submitted();
    }
}
