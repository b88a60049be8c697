package vn.dnnd.reports.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dnnd.reports.fixture.SampleData;
import vn.dnnd.reports.fixture.SampleReports;
import vn.dnnd.reports.model.FigureRow;
import vn.dnnd.reports.model.RawValueRow;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.model.RowStream;

/** The analyst workbook read back with POI: what an analyst opening it in Excel finds. */
class AnalystWorkbookXlsxTests {

    private static SampleData data;
    private static List<RawValueRow> raw;
    private static XSSFWorkbook workbook;

    @BeforeAll
    static void write() throws IOException {
        data = SampleData.load();
        SampleReports reports = new SampleReports(data);
        raw = reports.rawValues();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = new AnalystWorkbookXlsx().write(reports.workbook(RowStream.of(raw)), ReportLanguage.VI, out);
        assertThat(written).isEqualTo(raw.size());
        workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void hasTheSheetsAnAnalystWorksIn() {
        List<String> names = new java.util.ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        assertThat(names).containsExactly("Tổng hợp", "Giải thích các cột", "Chỉ tiêu toàn quốc", "Chỉ tiêu theo vùng",
                "Chỉ tiêu theo loại cơ quan", "Chỉ tiêu theo cơ quan", "Điểm nhiệm vụ", "Tình hình gửi báo cáo",
                "Cơ quan báo cáo",
                "Lỗi dữ liệu", "Nội dung báo cáo", "Số liệu gốc");
    }

    @Test
    void nationalValuesEqualTheRowsAsNumericCells() {
        XSSFSheet sheet = workbook.getSheet("Chỉ tiêu toàn quốc");
        assertThat(header(sheet)).startsWith("Mã chỉ tiêu", "Nhiệm vụ", "Chỉ tiêu", "Đơn vị tính", "Giá trị Năm 2025",
                "Giá trị Năm 2024");
        Map<String, Row> byCode = rowsByFirstCell(sheet, 0);
        List<FigureRow> national = data.national();
        assertThat(byCode).hasSize(national.size());
        for (FigureRow expected : national) {
            Row row = byCode.get(expected.indicator().code());
            assertNumber(row.getCell(4), expected.value());
            assertNumber(row.getCell(5), expected.previousValue());
            assertNumber(row.getCell(6), expected.change());
            assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(expected.reporters());
            assertThat(row.getCell(10).getNumericCellValue()).isEqualTo(expected.expected());
        }
        Cell usd = byCode.get("T4.NGO_AID_COMMITTED_USD").getCell(4);
        assertThat(usd.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
        assertThat(byCode.get("T2.IMPL_PLAN_IN_FORCE").getCell(3).getStringCellValue()).isEqualTo("% có");
    }

    @Test
    void organisationRowsCarryKindRegionAndYesNoAsOneOrZero() {
        XSSFSheet sheet = workbook.getSheet("Chỉ tiêu theo cơ quan");
        assertThat(header(sheet)).startsWith("Mã cơ quan", "Cơ quan, đơn vị", "Loại cơ quan, đơn vị", "Vùng");
        FigureRow expected = data.byOrganisation().stream()
                .filter(row -> row.scope().code().equals("LAOCAI") && row.indicator().code().equals("T2.LEADER_ASSIGNED"))
                .findFirst().orElseThrow();
        Row row = findRow(sheet, "LAOCAI", "T2.LEADER_ASSIGNED");
        assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Tỉnh ủy Lào Cai");
        assertThat(row.getCell(2).getStringCellValue()).isEqualTo("Tỉnh, thành phố");
        assertThat(row.getCell(3).getStringCellValue()).isEqualTo("Vùng trung du và miền núi phía Bắc");
        assertNumber(row.getCell(8), expected.value());
        assertThat(new DataFormatter().formatCellValue(row.getCell(8))).isIn("Có", "Không");
    }

    @Test
    void aMissingValueIsAnEmptyCellNotZero() {
        XSSFSheet sheet = workbook.getSheet("Số liệu gốc");
        RawValueRow missing = raw.stream().filter(r -> r.numericValue() == null && r.booleanValue() == null
                && !r.notApplicable()).findFirst().orElseThrow();
        Row row = findRow(sheet, missing.organisationCode(), missing.indicatorCode(), 2, 4);
        Cell value = row.getCell(5);
        assertThat(value == null || value.getCellType() == CellType.BLANK).isTrue();
    }

    @Test
    void aNarrativeThatLooksLikeAFormulaStaysText() {
        XSSFSheet sheet = workbook.getSheet("Nội dung báo cáo");
        Row row = null;
        for (Row candidate : sheet) {
            Cell text = candidate.getCell(5);
            if (text != null && text.getCellType() == CellType.STRING
                    && text.getStringCellValue().equals(SampleReports.FORMULA_LIKE_NARRATIVE)) {
                row = candidate;
            }
        }
        assertThat(row).as("the formula-looking narrative").isNotNull();
        Cell cell = row.getCell(5);
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
        assertThat(row.getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
    }

    @Test
    void everySheetIsFrozenFilteredAndPrintsOnA4Landscape() {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            String name = sheet.getSheetName();
            assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as(name).isEqualTo((short) 1);
            String filter = sheet.getCTWorksheet().getAutoFilter().getRef();
            assertThat(filter).as(name).startsWith("A1:").endsWith(String.valueOf(Math.max(sheet.getLastRowNum(), 1) + 1));
            assertThat(sheet.getPrintSetup().getLandscape()).as(name).isTrue();
            assertThat(sheet.getPrintSetup().getPaperSize()).as(name).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getRepeatingRows().formatAsString()).as(name).isEqualTo("1:1");
            assertThat(sheet.getColumnWidth(0)).as(name).isGreaterThan(8 * 256);
        }
    }

    @Test
    void rawValuesAreAllThereAndSpillToFurtherSheetsPastTheLimit() throws IOException {
        assertThat(workbook.getSheet("Số liệu gốc").getLastRowNum()).isEqualTo(raw.size());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AnalystWorkbookXlsx(1000).write(new SampleReports(data).workbook(RowStream.of(raw)), ReportLanguage.EN, out);
        try (XSSFWorkbook small = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            int sheets = (raw.size() + 999) / 1000;
            int total = 0;
            for (int i = 1; i <= sheets; i++) {
                XSSFSheet sheet = small.getSheet(i == 1 ? "Raw values" : "Raw values (" + i + ")");
                assertThat(sheet).as("sheet " + i).isNotNull();
                total += sheet.getLastRowNum();
            }
            assertThat(total).isEqualTo(raw.size());
            assertThat(small.getSheet("Indicators national")).isNotNull();
        }
    }

    private static void assertNumber(Cell cell, java.math.BigDecimal expected) {
        if (expected == null) {
            assertThat(cell == null || cell.getCellType() == CellType.BLANK).isTrue();
            return;
        }
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).isCloseTo(expected.doubleValue(), within(1e-9));
    }

    private static List<String> header(XSSFSheet sheet) {
        List<String> header = new java.util.ArrayList<>();
        sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
        return header;
    }

    private static Map<String, Row> rowsByFirstCell(XSSFSheet sheet, int column) {
        Map<String, Row> rows = new HashMap<>();
        for (Row row : sheet) {
            if (row.getRowNum() > 0) {
                rows.put(row.getCell(column).getStringCellValue(), row);
            }
        }
        return rows;
    }

    private static Row findRow(XSSFSheet sheet, String organisation, String indicator) {
        return findRow(sheet, organisation, indicator, 0, 4);
    }

    private static Row findRow(XSSFSheet sheet, String organisation, String indicator, int orgColumn, int indicatorColumn) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && row.getCell(orgColumn).getStringCellValue().equals(organisation)
                    && row.getCell(indicatorColumn).getStringCellValue().equals(indicator)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + organisation + " " + indicator + " in " + sheet.getSheetName());
    }
}
