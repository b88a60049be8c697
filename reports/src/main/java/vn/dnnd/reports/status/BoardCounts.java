package vn.dnnd.reports.status;

import java.util.List;

/**
 * The counts on top of the board: expected = submitted + missing, submitted = on time + late, missing =
 * not yet due + overdue. Counted from the rows shown, so a filtered board counts what it lists. Beside them,
 * the review: reporters with a version awaiting review (not counted until accepted; those with nothing else
 * counted are among the missing) and reporters whose latest version was returned and not sent again.
 */
public record BoardCounts(int expected, int submitted, int onTime, int late, int missing, int notYetDue, int overdue,
                          int awaitingReview, int returned) {

    /** Counts where review plays no part. */
    public BoardCounts(int expected, int submitted, int onTime, int late, int missing, int notYetDue, int overdue) {
        this(expected, submitted, onTime, late, missing, notYetDue, overdue, 0, 0);
    }

    public static BoardCounts of(List<BoardRow> rows) {
        int[] byState = new int[BoardState.values().length];
        rows.forEach(row -> byState[row.state().ordinal()]++);
        int onTime = byState[BoardState.ON_TIME.ordinal()];
        int late = byState[BoardState.LATE.ordinal()];
        int notYetDue = byState[BoardState.NOT_YET_DUE.ordinal()];
        int overdue = byState[BoardState.OVERDUE.ordinal()];
        int awaiting = (int) rows.stream().filter(row -> row.review() == BoardReview.AWAITING).count();
        int returned = (int) rows.stream().filter(row -> row.review() == BoardReview.RETURNED).count();
        return new BoardCounts(rows.size(), onTime + late, onTime, late, notYetDue + overdue, notYetDue, overdue,
                awaiting, returned);
    }
}
