package vn.dnnd.reports.text;

/**
 * Text that a spreadsheet would take for a formula or a command if it were typed in or opened from a
 * CSV file ({@code =HYPERLINK(…)}, {@code +1+1}, {@code -2+3}, {@code @SUM(…)}, or a leading tab or
 * carriage return). Workbooks write such text with Excel's quote prefix; CSV files, which have no cell
 * types, put an apostrophe in front, which Excel and LibreOffice show as text and never evaluate.
 */
public final class FormulaText {

    private FormulaText() {
    }

    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The text as a CSV field meant to be opened in a spreadsheet: formula-like text gets a leading apostrophe. */
    public static String forCsv(String text) {
        return looksLikeFormula(text) ? "'" + text : text;
    }
}
