package vn.dnnd.reports.model;

/**
 * How an indicator's values are typed (indicator.value_type), which decides how they are written.
 * Aggregated BOOLEAN values (share_yes) are the share of reporters answering yes, in percent (0-100);
 * at organisation scope a BOOLEAN value is 1 (yes) or 0 (no). PERCENT values are 0-100, not fractions.
 */
public enum ValueType {
    INTEGER, DECIMAL, BOOLEAN, PERCENT;

    /** True when the aggregated value is a percentage (its change is in percentage points). */
    public boolean isShare() {
        return this == BOOLEAN || this == PERCENT;
    }
}
