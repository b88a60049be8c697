package vn.dnnd.cli;

import java.math.BigDecimal;
import vn.dnnd.reports.text.VietnameseFormat;

/**
 * How a computed number reads in a table: Vietnamese separators, percentages with one decimal, yes/no
 * for a single organisation's answer, and words for what has no number (missing is not zero).
 */
final class IndicatorCells {

    private IndicatorCells() {
    }

    static boolean isPercentage(String aggregation) {
        return !"sum".equals(aggregation);
    }

    /** A bare number in the indicator's form: 1.234 · 1.234,50 · 70,6 % */
    static String number(BigDecimal value, String valueType, String aggregation) {
        if (value == null) {
            return "—";
        }
        if (isPercentage(aggregation)) {
            return VietnameseFormat.decimal(value, 1) + " %";
        }
        boolean whole = value.stripTrailingZeros().scale() <= 0;
        return "integer".equals(valueType) || whole ? VietnameseFormat.decimal(value, 0) : VietnameseFormat.decimal(value, 2);
    }

    /** A signed change: +6 · -2 · +6,7 */
    static String change(BigDecimal change, String valueType, String aggregation) {
        if (change == null) {
            return "—";
        }
        String magnitude = number(change.abs(), valueType, aggregation).replace(" %", "");
        return (change.signum() < 0 ? "-" : "+") + magnitude;
    }

    /** The value cell of one indicator row; {@code single} is true for one organisation as reported. */
    static String value(BigDecimal value, BigDecimal numerator, BigDecimal denominator, int reporters, int expected,
                        int notApplicable, String valueType, String aggregation, boolean single) {
        if (reporters == 0) {
            if (notApplicable > 0 && notApplicable == expected) {
                return "không áp dụng (n/a)";
            }
            return single ? "thiếu (missing)" : "không có số liệu (no data)";
        }
        if (value == null) {
            return "không xác định " + number(numerator, "integer", "sum") + "/" + number(denominator, "integer", "sum")
                    + " (undefined)";
        }
        if (single && "share_yes".equals(aggregation) && denominator != null && denominator.intValue() == 1) {
            return numerator.signum() > 0 ? "có (yes)" : "không (no)";
        }
        return number(value, valueType, aggregation);
    }

    /** Cuts a long Vietnamese name to a column, marking the cut. */
    static String fit(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
