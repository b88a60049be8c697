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
 */
public record BoardRow(String code, String nameVi, String nameEn, OrganisationKind kind, BoardRegion region,
                       BoardState state, Integer version, OffsetDateTime receivedAt, String channel,
                       int rejectedAttempts) {

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
    }
}
