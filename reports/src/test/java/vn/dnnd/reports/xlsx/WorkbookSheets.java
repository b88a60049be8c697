package vn.dnnd.reports.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.dnnd.reports.fixture.SampleReports;
import vn.dnnd.reports.model.AnalystWorkbook;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.model.RowStream;

/** Reading the analyst workbook back as a reader would: the sample edition written and opened with POI. */
final class WorkbookSheets {

    private WorkbookSheets() {
    }

    static XSSFWorkbook written(SampleReports reports, ReportLanguage language) {
        return written(reports.workbook(RowStream.of(reports.rawValues())), language);
    }

    static XSSFWorkbook written(AnalystWorkbook book, ReportLanguage language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AnalystWorkbookXlsx().write(book, language, out);
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> header(Sheet sheet) {
        List<String> header = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
        return header;
    }

    static int column(Sheet sheet, String header) {
        int index = header(sheet).indexOf(header);
        if (index < 0) {
            throw new AssertionError("no column \"" + header + "\" in " + sheet.getSheetName() + ": " + header(sheet));
        }
        return index;
    }

    /** The data rows (the header row left out). */
    static List<Row> rows(Sheet sheet) {
        List<Row> rows = new ArrayList<>();
        sheet.forEach(row -> {
            if (row.getRowNum() > 0) {
                rows.add(row);
            }
        });
        return rows;
    }

    static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null || cell.getCellType() == CellType.BLANK ? null : cell.getStringCellValue();
    }

    /** The dictionary's row (sheet two) for a sheet's column. */
    static Row dictionaryRow(XSSFWorkbook workbook, String sheet, String header) {
        return rows(workbook.getSheetAt(1)).stream()
                .filter(row -> sheet.equals(text(row, 0)) && header.equals(text(row, 1))).findFirst().orElseThrow();
    }
}
