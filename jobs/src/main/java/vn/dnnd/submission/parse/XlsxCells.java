package vn.dnnd.submission.parse;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;

/** Turns a streamed cell into a {@link CellInput} without trusting its declared type. */
final class XlsxCells {

    private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private XlsxCells() {
    }

    static CellInput input(Row row, int column) {
        return row == null ? CellInput.BLANK : input(row.getCell(column));
    }

    static CellInput input(Cell cell) {
        if (cell == null) {
            return CellInput.BLANK;
        }
        return switch (cell.getCellType()) {
            case FORMULA -> new CellInput.Formula(cell.getCellFormula(), cached(cell));
            default -> plain(cell, cell.getCellType());
        };
    }

    private static CellInput cached(Cell cell) {
        try {
            CellType type = cell.getCachedFormulaResultType();
            CellInput cached = plain(cell, type);
            // A formula written by a program without evaluation carries no result at all.
            return cached instanceof CellInput.Text t && t.text().isEmpty() ? CellInput.BLANK : cached;
        } catch (RuntimeException noCachedResult) {
            return CellInput.BLANK;
        }
    }

    private static CellInput plain(Cell cell, CellType type) {
        return switch (type) {
            case STRING -> CellInput.text(cell.getStringCellValue());
            case BOOLEAN -> new CellInput.Bool(cell.getBooleanCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? new CellInput.DateCell(cell.getLocalDateTimeCellValue().toLocalDate().format(SHOWN_DATE))
                    : number(cell.getNumericCellValue());
            default -> CellInput.BLANK;
        };
    }

    private static CellInput number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return new CellInput.Text(Double.toString(value));
        }
        // Whole numbers are stored as such (1234, not 1234.0).
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return new CellInput.Number(BigDecimal.valueOf((long) value));
        }
        return new CellInput.Number(BigDecimal.valueOf(value));
    }

    /** Plain text of a label cell (codes, metadata), or null when blank. */
    static String text(Row row, int column) {
        CellInput input = input(row, column);
        String shown = input instanceof CellInput.Formula f ? f.cached().shown() : input.shown();
        return shown == null || shown.isBlank() ? null : shown.strip();
    }

    static String address(int rowIndex, int column) {
        return new CellReference(rowIndex, column).formatAsString();
    }
}
