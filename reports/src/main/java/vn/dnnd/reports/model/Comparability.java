package vn.dnnd.reports.model;

import java.math.BigDecimal;

/**
 * The one rule that says whether a change from the previous period may be printed as a change. Every
 * table, chart note and the briefing ask it, so they cannot disagree.
 * <p>
 * Two values are comparable when they rest on the same share of the organisations they apply to: the
 * coverage of each period (reporters ÷ (expected − not applicable)) differs by at most
 * {@link #MAX_COVERAGE_GAP} percentage points. Full coverage in both periods is comparable whatever the
 * counts (62 of 62 against 91 of 91 when 2024 is restated onto today's units: the same country). 48 of 62
 * (77.4 %) against 64 of 91 (70.3 %) is not: the change would mostly say who reported. A change whose
 * previous coverage is unknown is not comparable either.
 */
public final class Comparability {

    /** The largest gap in coverage between the two periods, in percentage points, for a comparable change. */
    public static final BigDecimal MAX_COVERAGE_GAP = BigDecimal.valueOf(5);

    private Comparability() {
    }

    /** True when the row has a change and its two values rest on comparable coverage. */
    public static boolean comparable(FigureRow row) {
        return row.change() != null && comparable(row.coverage(), row.previousCoverage());
    }

    /** True when the row has a change that must not be read as one (printed "not comparable"). */
    public static boolean notComparable(FigureRow row) {
        return row.change() != null && !comparable(row.coverage(), row.previousCoverage());
    }

    /** The rule itself, on the coverage of this period and of the previous one (null when unknown). */
    public static boolean comparable(Coverage now, Coverage before) {
        if (now == null || before == null || now.percent() == null || before.percent() == null) {
            return false;
        }
        return now.percent().subtract(before.percent()).abs().compareTo(MAX_COVERAGE_GAP) <= 0;
    }
}
