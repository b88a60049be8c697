package vn.dnnd.reports.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** Who reported in a scope (a row of completeness): expected = submitted + missing, submitted = on time + late. */
public record CompletenessRow(Scope scope, int expected, int submitted, int onTime, int late, int missing) {

    public CompletenessRow {
        Objects.requireNonNull(scope, "scope");
        if (onTime + late != submitted || submitted + missing != expected) {
            throw new IllegalArgumentException("completeness of " + scope.code() + " does not add up: expected "
                    + expected + ", submitted " + submitted + " (on time " + onTime + ", late " + late
                    + "), missing " + missing);
        }
    }

    /** Submitted as a percentage of expected, one decimal; null when nobody is expected. */
    public BigDecimal submittedPercent() {
        if (expected == 0) {
            return null;
        }
        return BigDecimal.valueOf(100L * submitted).divide(BigDecimal.valueOf(expected), 1, RoundingMode.HALF_UP);
    }
}
