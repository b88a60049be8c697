package vn.dnnd.reports.xlsx;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import vn.dnnd.reports.text.FormulaText;
import vn.dnnd.reports.text.VietnamTime;

/**
 * One long table on its own sheet: a bold header row that stays frozen on screen and repeats on every
 * printed page, typed cells, an autofilter over the whole table, set column widths, and A4 landscape
 * printing one page wide. Text that looks like a formula (= + - @ at the start) is written as text with
 * Excel's quote prefix, so it can never be evaluated, not even after the cell is edited.
 */
final class TableSheet {

    /** Excel's limit for the characters of one cell. */
    static final int MAX_CELL_TEXT = 32_767;
    /** Points per line of 11-point text. */
    private static final float LINE_HEIGHT = 15f;

    private final Sheet sheet;
    private final WorkbookStyles styles;
    private final List<Column> columns;
    /**
     * The style of plain text: the workbook's default unless rows wrap (then top-aligned). Every cell
     * written gets a style of its own: a cell without one makes SXSSF look up its column's default style
     * in the sheet's XML, which was the slowest part of writing a million rows.
     */
    private final CellStyle plainText;
    private Row row;
    private int rowIndex;
    private int column;

    TableSheet(Workbook workbook, WorkbookStyles styles, String name, List<Column> columns, String footer) {
        this.sheet = workbook.createSheet(name);
        this.styles = styles;
        this.columns = List.copyOf(columns);
        this.plainText = columns.stream().anyMatch(Column::wraps) ? styles.text : workbook.getCellStyleAt(0);
        Row header = sheet.createRow(0);
        header.setHeightInPoints(48);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(columns.get(i).header());
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(i, columns.get(i).width() * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.getFooter().setCenter(footer);
        rowIndex = 0;
    }

    /** Starts the next data row. */
    TableSheet row() {
        row = sheet.createRow(++rowIndex);
        column = 0;
        return this;
    }

    int dataRows() {
        return rowIndex;
    }

    TableSheet text(String value) {
        return text(value, false);
    }

    TableSheet wrapped(String value) {
        return text(value, true);
    }

    /** An empty value leaves no cell at all: missing stays missing, and the file stays small. */
    private TableSheet text(String value, boolean wrap) {
        int index = column++;
        if (value == null) {
            return this;
        }
        if (wrap) {
            fitRowHeight(value, columns.get(index).width());
        }
        String fitted = value.length() > MAX_CELL_TEXT ? value.substring(0, MAX_CELL_TEXT - 1) + "…" : value;
        Cell cell = row.createCell(index);
        cell.setCellValue(fitted);
        boolean quoted = FormulaText.looksLikeFormula(fitted);
        cell.setCellStyle(wrap ? quoted ? styles.quotedWrapText : styles.wrapText
                : quoted ? styles.quotedText : plainText);
        return this;
    }

    /**
     * Spreadsheets do not grow a row to fit wrapped text they did not lay out themselves: the row gets
     * the height of the lines the text will take in its column (1.2 characters per
     * width unit, measured on Vietnamese text), so no wrapped line is hidden under the next row.
     */
    private void fitRowHeight(String value, int widthInCharacters) {
        int lines = 0;
        for (String paragraph : value.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(paragraph.length() / (widthInCharacters * 1.2)));
        }
        float height = Math.min(409f, lines * LINE_HEIGHT + 3);
        if (height > row.getHeightInPoints()) {
            row.setHeightInPoints(height);
        }
    }

    TableSheet number(BigDecimal value, CellStyle style) {
        int index = column++;
        if (value != null) {
            Cell cell = row.createCell(index);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(style);
        }
        return this;
    }

    TableSheet number(long value) {
        return number(BigDecimal.valueOf(value), styles.integer);
    }

    /** A number that names something (a submission, a version, a task): no thousands separator. */
    TableSheet identifier(Number value) {
        return number(value == null ? null : BigDecimal.valueOf(value.longValue()), styles.identifier);
    }

    TableSheet dateTime(OffsetDateTime value) {
        return dateCell(value == null ? null : value.atZoneSameInstant(VietnamTime.ZONE).toLocalDateTime(), styles.dateTime);
    }

    /** A calendar day (a due date): a date cell, not text, so it sorts and filters as a date. */
    TableSheet date(LocalDate value) {
        return dateCell(value == null ? null : value.atStartOfDay(), styles.date);
    }

    private TableSheet dateCell(LocalDateTime value, CellStyle style) {
        int index = column++;
        if (value != null) {
            Cell cell = row.createCell(index);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
        return this;
    }

    /** The autofilter over the header and every data row; called once the rows are written. */
    void finish() {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rowIndex, 1), 0, columns.size() - 1));
    }

    /**
     * A column: its header (units included where the column has one), its width in characters, whether
     * its text wraps (long passages; in a sheet with wrapping text every cell is top-aligned), and what
     * the column dictionary says of it: its meaning and its unit (null in a workbook without one).
     */
    record Column(String header, int width, boolean wraps, String meaning, String unit) {

        Column(String header, int width, boolean wraps) {
            this(header, width, wraps, null, null);
        }

        Column(String header, int width) {
            this(header, width, false);
        }
    }
}
