package vn.dnnd.reports.status;

/**
 * Where an expected reporter stands on the status board. A report received is on time or late (as the
 * intake judged it: by the Vietnam date of its receipt against the due date). Nothing received is told
 * apart by the board's day: not yet due up to and on the due date, overdue after it. A reporter whose
 * files were all rejected has nothing received; its rejected attempts are counted beside the state.
 */
public enum BoardState {
    ON_TIME, LATE, NOT_YET_DUE, OVERDUE;

    public boolean submitted() {
        return this == ON_TIME || this == LATE;
    }
}
