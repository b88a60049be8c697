package vn.dnnd.reports.model;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Who a value rests on: organisations whose values were counted, those expected to report it and those
 * that declared it not applicable. Printed "48/62".
 */
public record Coverage(int reporters, int expected, int notApplicable) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Coverage {
        if (reporters < 0 || expected < 0 || notApplicable < 0) {
            throw new IllegalArgumentException("negative reporter count: " + reporters + "/" + expected + " ("
                    + notApplicable + ")");
        }
    }

    /**
     * Reporters as a percentage of those it applies to (expected less not applicable); null when it
     * applies to nobody.
     */
    public BigDecimal percent() {
        int applicable = expected - notApplicable;
        if (applicable <= 0) {
            return null;
        }
        return BigDecimal.valueOf(100L * reporters).divide(BigDecimal.valueOf(applicable), MathContext.DECIMAL64);
    }

    /** True when every organisation it applies to was counted. */
    public boolean complete() {
        BigDecimal percent = percent();
        return percent != null && percent.compareTo(HUNDRED) >= 0;
    }
}
