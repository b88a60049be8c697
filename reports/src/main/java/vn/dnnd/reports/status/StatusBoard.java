package vn.dnnd.reports.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import vn.dnnd.reports.model.Bilingual;
import vn.dnnd.reports.model.OrganisationKind;

/**
 * The status board of a reporting period: every expected reporter (those the filters leave) and where
 * its report stands at {@code generatedAt}. Plain data; the application fills it from the database, the
 * portal shows it, the workbook writer writes it.
 *
 * @param region         the region filter (code and names), null for every region
 * @param kind           the kind filter, null for every kind
 * @param reviewRequired whether versions wait for a reviewer before they count (dnnd.review.required)
 */
public record StatusBoard(String periodCode, Bilingual periodName, LocalDate dueOn, LocalDate locksOn,
                          OffsetDateTime generatedAt, BoardRegion region, OrganisationKind kind, List<BoardRow> rows,
                          boolean reviewRequired) {

    /** A board of a system where versions count as soon as they are accepted. */
    public StatusBoard(String periodCode, Bilingual periodName, LocalDate dueOn, LocalDate locksOn,
                       OffsetDateTime generatedAt, BoardRegion region, OrganisationKind kind, List<BoardRow> rows) {
        this(periodCode, periodName, dueOn, locksOn, generatedAt, region, kind, rows, false);
    }

    public StatusBoard {
        Objects.requireNonNull(periodCode, "periodCode");
        Objects.requireNonNull(periodName, "periodName");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(generatedAt, "generatedAt");
        rows = List.copyOf(rows);
    }

    public BoardCounts counts() {
        return BoardCounts.of(rows);
    }

    /**
     * Whether the board speaks of review: when review is required, or when a row has a version awaiting review or
     * returned (left from a time it was). Otherwise the board is as it was before review existed.
     */
    public boolean showsReview() {
        return reviewRequired || rows.stream().anyMatch(row -> row.review() == BoardReview.AWAITING
                || row.review() == BoardReview.RETURNED);
    }
}
