package vn.dnnd.reports.model;

import java.util.Objects;

/**
 * The previous period's figures put onto today's units (the provinces merged in 2025): every comparison
 * with that period says so where it is printed, with how many reported then and now.
 *
 * @param todaysUnits the administrative units of today the previous period's provinces were mapped onto (34)
 * @param before      who reported in the previous period in the report's scope (submitted of expected)
 * @param now         who reported in this period in the same scope
 */
public record Restatement(int todaysUnits, Coverage before, Coverage now) {

    public Restatement {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(now, "now");
        if (todaysUnits < 1) {
            throw new IllegalArgumentException("restated onto no unit: " + todaysUnits);
        }
    }
}
