package vn.dnnd.reports.status;

import java.time.LocalDate;

/**
 * Where an expected reporter stands on the status board. A report received is on time or late (as the
 * intake judged it: by the Vietnam date of its receipt against the due date). Nothing received is told
 * apart by the board's day: not yet due up to and on the due date, overdue after it. A reporter whose
 * files were all rejected has nothing received; its rejected attempts are counted beside the state.
 */
public enum BoardState {
    ON_TIME, LATE, NOT_YET_DUE, OVERDUE;

    /**
     * The state of a reporter: {@code onTime} is the accepted submission's own verdict (null when none was
     * accepted), {@code today} the board's day on the Vietnam calendar.
     */
    public static BoardState of(Boolean onTime, LocalDate dueOn, LocalDate today) {
        if (onTime != null) {
            return onTime ? ON_TIME : LATE;
        }
        return today.isAfter(dueOn) ? OVERDUE : NOT_YET_DUE;
    }

    public boolean submitted() {
        return this == ON_TIME || this == LATE;
    }
}
