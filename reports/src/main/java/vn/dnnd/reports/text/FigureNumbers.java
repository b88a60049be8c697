package vn.dnnd.reports.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import vn.dnnd.reports.model.ReportLanguage;

/**
 * A computed figure as it reads in a table on screen (console, portal page): by the indicator's value type
 * and aggregation, with the separators of the reader's language: "1.234", "1.234,50", "70,6 %" in
 * Vietnamese, "1,234", "1,234.50", "70.6 %" in English. No value is a dash, never 0. The printed
 * reports have their own wording ({@link NumberText}: amounts in billions, changes in points).
 */
public final class FigureNumbers {

    /** What a cell shows when there is no number. */
    public static final String NONE = "—";

    private final DecimalFormatSymbols symbols;

    private FigureNumbers(ReportLanguage language) {
        this.symbols = DecimalFormatSymbols.getInstance(language.locale());
    }

    public static FigureNumbers of(ReportLanguage language) {
        return new FigureNumbers(language);
    }

    /** Every aggregation but a plain sum yields a share, shown as a percentage. */
    public static boolean isPercentage(String aggregation) {
        return !"sum".equals(aggregation);
    }

    /** A bare number in the indicator's form: 1.234 · 1.234,50 · 70,6 %; a dash for no value. */
    public String number(BigDecimal value, String valueType, String aggregation) {
        if (value == null) {
            return NONE;
        }
        if (isPercentage(aggregation)) {
            return decimal(value, 1) + " %";
        }
        boolean whole = value.stripTrailingZeros().scale() <= 0;
        return "integer".equals(valueType) || whole ? decimal(value, 0) : decimal(value, 2);
    }

    /** A signed change: +6 · -2 · +6,7; a dash for nothing to compare. */
    public String change(BigDecimal change, String valueType, String aggregation) {
        if (change == null) {
            return NONE;
        }
        String magnitude = number(change.abs(), valueType, aggregation).replace(" %", "");
        return (change.signum() < 0 ? "-" : "+") + magnitude;
    }

    /** A count: 1.234 */
    public String integer(long value) {
        return decimal(BigDecimal.valueOf(value), 0);
    }

    /** A number rounded half-up to the given decimals, with the language's separators. */
    public String decimal(BigDecimal value, int decimals) {
        String pattern = decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
        // DecimalFormat is not thread-safe; a new one per call is cheap next to a page.
        return new DecimalFormat(pattern, symbols).format(value.setScale(decimals, RoundingMode.HALF_UP));
    }
}
