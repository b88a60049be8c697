package vn.dnnd.reports.status;

import java.util.List;

/**
 * The counts on top of the board: expected = submitted + missing, submitted = on time + late, missing =
 * not yet due + overdue. Counted from the rows shown, so a filtered board counts what it lists.
 */
public record BoardCounts(int expected, int submitted, int onTime, int late, int missing, int notYetDue, int overdue) {

    public static BoardCounts of(List<BoardRow> rows) {
        int[] byState = new int[BoardState.values().length];
        rows.forEach(row -> byState[row.state().ordinal()]++);
        int onTime = byState[BoardState.ON_TIME.ordinal()];
        int late = byState[BoardState.LATE.ordinal()];
        int notYetDue = byState[BoardState.NOT_YET_DUE.ordinal()];
        int overdue = byState[BoardState.OVERDUE.ordinal()];
        return new BoardCounts(rows.size(), onTime + late, onTime, late, notYetDue + overdue, notYetDue, overdue);
    }
}
