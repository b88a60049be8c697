package vn.dnnd.reports.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of the analyst workbook, created once per workbook (a workbook holds at most 64,000).
 * Number formats are Excel's, so a reader with Vietnamese settings sees "1.234.567" and "12,5" and one
 * with English settings "1,234,567" and "12.5"; the values themselves are plain numbers.
 * Every percentage in the workbook is stored one way, as a number of percent (12.5 for 12.5 %), and
 * shown with an escaped percent sign that does not multiply by 100; identifiers (submission numbers,
 * versions, task numbers, line numbers) are shown without thousands separators.
 */
final class WorkbookStyles {

    static final String INTEGER = "#,##0";
    /** A number that names something (submission 12345, version 2, task 3): no thousands separator. */
    static final String IDENTIFIER = "0";
    static final String DECIMAL = "#,##0.00";
    /**
     * Values in percent (0-100), shown with a % sign but not multiplied by 100: an escaped or quoted sign
     * is text. Written the way every reader tried reads it so (POI takes a lone quoted "%", and an escaped
     * one in a format of sections, for the scaling percent and shows 9283.7 %).
     */
    static final String PERCENT_VALUE = "0.0\\%";
    /** A relative change in percent (0-100 scale, +12.5 for a rise of an eighth). */
    static final String SIGNED_PERCENT = "+0.0\"%\";-0.0\"%\";0.0\"%\"";
    /** A task score: points out of 100, not a percentage. */
    static final String SCORE = "0.0";
    static final String SIGNED_INTEGER = "+#,##0;-#,##0;0";
    static final String SIGNED_DECIMAL = "+#,##0.00;-#,##0.00;0.00";
    static final String SIGNED_POINTS = "+0.0;-0.0;0.0";
    static final String DATE_TIME = "dd/mm/yyyy hh:mm";
    static final String DATE = "dd/mm/yyyy";

    final CellStyle header;
    final CellStyle text;
    final CellStyle quotedText;
    final CellStyle wrapText;
    final CellStyle quotedWrapText;
    final CellStyle integer;
    final CellStyle identifier;
    final CellStyle decimal;
    final CellStyle percentValue;
    final CellStyle signedPercent;
    final CellStyle score;
    final CellStyle signedInteger;
    final CellStyle signedDecimal;
    final CellStyle signedPoints;
    final CellStyle dateTime;
    final CellStyle date;
    final CellStyle yesNo;

    WorkbookStyles(Workbook workbook, String yes, String no) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        text = workbook.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        quotedText = workbook.createCellStyle();
        quotedText.cloneStyleFrom(text);
        quotedText.setQuotePrefixed(true);
        wrapText = workbook.createCellStyle();
        wrapText.cloneStyleFrom(text);
        wrapText.setWrapText(true);
        quotedWrapText = workbook.createCellStyle();
        quotedWrapText.cloneStyleFrom(wrapText);
        quotedWrapText.setQuotePrefixed(true);
        integer = numeric(workbook, INTEGER);
        identifier = numeric(workbook, IDENTIFIER);
        decimal = numeric(workbook, DECIMAL);
        percentValue = numeric(workbook, PERCENT_VALUE);
        signedPercent = numeric(workbook, SIGNED_PERCENT);
        score = numeric(workbook, SCORE);
        signedInteger = numeric(workbook, SIGNED_INTEGER);
        signedDecimal = numeric(workbook, SIGNED_DECIMAL);
        signedPoints = numeric(workbook, SIGNED_POINTS);
        dateTime = numeric(workbook, DATE_TIME);
        date = numeric(workbook, DATE);
        // A yes/no answer of one organisation is stored as 1 or 0 (it sums and averages) and shown as words.
        yesNo = numeric(workbook, "[=1]\"" + yes + "\";[=0]\"" + no + "\";General");
    }

    private static CellStyle numeric(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }
}
