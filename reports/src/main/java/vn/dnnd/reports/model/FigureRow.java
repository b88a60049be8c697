package vn.dnnd.reports.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * One computed figure (a row of indicator_value): an indicator for a scope in the report's period.
 * Missing is not zero: a null value means nobody reported it, and it is written as a dash.
 *
 * @param value          the value; for BOOLEAN indicators see {@link ValueType}
 * @param reporters      organisations whose values were counted
 * @param expected       organisations expected to report it
 * @param notApplicable  organisations that declared it not applicable
 * @param previousValue  the value in the previous period (restated onto today's units); null if none
 * @param change         value minus previous value (percentage points for shares); null if either is missing
 * @param previousCoverage who the previous value rests on (on the restated view when the previous value is
 *                       restated); null when there is no previous value. {@link Comparability} reads it.
 */
public record FigureRow(
        Indicator indicator,
        Scope scope,
        BigDecimal value,
        int reporters,
        int expected,
        int notApplicable,
        BigDecimal previousValue,
        BigDecimal change,
        Coverage previousCoverage) {

    public FigureRow {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(scope, "scope");
        if (reporters < 0 || expected < 0 || notApplicable < 0) {
            throw new IllegalArgumentException("negative reporter count for " + indicator.code() + " " + scope.code());
        }
    }

    /** Who this period's value rests on. */
    public Coverage coverage() {
        return new Coverage(reporters, expected, notApplicable);
    }

    /** change / previous value, e.g. 0.125 for +12.5 %; null when there is no change or the base is 0. */
    public BigDecimal relativeChange() {
        if (change == null || previousValue == null || previousValue.signum() == 0) {
            return null;
        }
        return change.divide(previousValue.abs(), MathContext.DECIMAL64);
    }
}
