package vn.dnnd.reports.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.dnnd.reports.model.FigureRow;

/**
 * How far a figure moved from the previous period, as its table prints the move: counts and amounts
 * relative to the previous value ("+8,0%"), shares in percentage points ("+3,5 điểm %"). Only a row with
 * both values has one: a missing value is not zero, so nothing rose or fell from it.
 *
 * @param size the move rounded to the one decimal the table shows; its sign says rise or fall
 */
record Movement(FigureRow row, boolean share, BigDecimal size) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The row's move, or null when there is nothing to compare (no previous value, or a base of 0). */
    static Movement of(FigureRow row) {
        if (row.value() == null || row.previousValue() == null || row.change() == null) {
            return null;
        }
        boolean share = row.indicator().valueType().isShare();
        BigDecimal relative = row.relativeChange();
        BigDecimal measure = share ? row.change() : relative == null ? null : relative.multiply(HUNDRED);
        return measure == null ? null : new Movement(row, share, measure.setScale(1, RoundingMode.HALF_UP));
    }

    boolean rose() {
        return size.signum() > 0;
    }

    boolean fell() {
        return size.signum() < 0;
    }
}
