package vn.dnnd.reports.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.dnnd.reports.xlsx.WorkbookSheets.column;
import static vn.dnnd.reports.xlsx.WorkbookSheets.dictionaryRow;
import static vn.dnnd.reports.xlsx.WorkbookSheets.header;
import static vn.dnnd.reports.xlsx.WorkbookSheets.rows;
import static vn.dnnd.reports.xlsx.WorkbookSheets.text;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dnnd.reports.fixture.SampleData;
import vn.dnnd.reports.fixture.SampleReports;
import vn.dnnd.reports.model.DataQualityIssue;
import vn.dnnd.reports.model.FigureRow;
import vn.dnnd.reports.model.HeatMap;
import vn.dnnd.reports.model.IssueSeverity;
import vn.dnnd.reports.model.NarrativePart;
import vn.dnnd.reports.model.OrganisationKind;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.model.Scope;
import vn.dnnd.reports.model.ScopeKind;
import vn.dnnd.reports.model.SubmissionState;
import vn.dnnd.reports.model.Task;
import vn.dnnd.reports.model.ValueType;
import vn.dnnd.reports.text.Labels;

/**
 * What the analyst workbook's columns tell a reader, read back with POI in both editions: every column
 * explained in the dictionary, the task scores behind the heat map, words instead of codes, one way of
 * storing percentages, identifiers without separators, indicator names that wrap.
 */
class AnalystWorkbookColumnsTests {

    private static SampleData data;
    private static SampleReports reports;
    private static XSSFWorkbook vietnamese;
    private static XSSFWorkbook english;

    @BeforeAll
    static void write() {
        data = SampleData.load();
        reports = new SampleReports(data);
        vietnamese = WorkbookSheets.written(reports, ReportLanguage.VI);
        english = WorkbookSheets.written(reports, ReportLanguage.EN);
    }

    @AfterAll
    static void close() throws IOException {
        vietnamese.close();
        english.close();
    }

    @Test
    void theDictionaryExplainsEveryColumnOfEverySheetInBothEditions() {
        for (XSSFWorkbook workbook : List.of(vietnamese, english)) {
            boolean vi = workbook == vietnamese;
            Sheet dictionary = workbook.getSheetAt(1);
            assertThat(dictionary.getSheetName()).isEqualTo(vi ? "Giải thích các cột" : "Column dictionary");
            Set<String> explained = new HashSet<>();
            for (Row row : rows(dictionary)) {
                assertThat(text(row, 2)).as("meaning of " + text(row, 1)).isNotBlank();
                assertThat(text(row, 3)).as("unit of " + text(row, 1)).isNotBlank();
                explained.add(text(row, 0) + " / " + text(row, 1));
            }
            int columns = 0;
            for (Sheet sheet : workbook) {
                for (String header : header(sheet)) {
                    assertThat(explained).as("dictionary of the %s edition", vi ? "vi" : "en")
                            .contains(sheet.getSheetName() + " / " + header);
                    columns++;
                }
            }
            assertThat(explained).hasSize(columns);
        }
        Row value = dictionaryRow(vietnamese, "Chỉ tiêu toàn quốc", "Giá trị Năm 2025");
        assertThat(text(value, 2)).contains("kỳ báo cáo");
        assertThat(text(dictionaryRow(vietnamese, "Tình hình gửi báo cáo", "Tỷ lệ đã gửi"), 3)).contains("0–100");
    }

    @Test
    void theTaskScoresRebuildTheBriefingHeatMap() {
        Sheet sheet = vietnamese.getSheet("Điểm nhiệm vụ");
        assertThat(header(sheet)).startsWith("Phạm vi", "Mã", "Tên", "Nhiệm vụ", "Tên nhiệm vụ", "Điểm (0–100)");
        int scopes = 1 + data.regions().size() + OrganisationKind.values().length + data.organisations().size();
        assertThat(rows(sheet)).hasSize(scopes * data.tasks().size());
        HeatMap heatMap = reports.briefing().heatMap();
        for (Task task : heatMap.tasks()) {
            for (Scope scope : heatMap.columns()) {
                Row row = rows(sheet).stream().filter(r -> scope.code().equals(text(r, 1))
                        && r.getCell(3).getNumericCellValue() == task.taskNo()).findFirst().orElseThrow();
                assertThat(text(row, 0)).isEqualTo(scope.kind() == ScopeKind.NATIONAL ? "Toàn quốc" : "Vùng");
                assertThat(text(row, 4)).isEqualTo(task.shortName().vi());
                assertThat(row.getCell(5).getNumericCellValue())
                        .isCloseTo(heatMap.score(task.taskNo(), scope.code()).doubleValue(), within(1e-9));
                assertThat(row.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0.0");
            }
        }
        Row missing = rows(sheet).stream().filter(r -> "CAMAU".equals(text(r, 1))).findFirst().orElseThrow();
        assertThat(missing.getCell(5)).as("no score is an empty cell, not 0").isNull();
        Row kind = rows(sheet).stream().filter(r -> "Tỉnh, thành phố".equals(text(r, 2))).findFirst().orElseThrow();
        assertThat(text(kind, 1)).as("a kind has no code a reader knows").isNull();
    }

    @Test
    void theVietnameseEditionShowsWordsNeverTheSystemsCodes() {
        Set<String> codes = new HashSet<>();
        Stream.of(OrganisationKind.values()).forEach(kind -> codes.add(kind.code()));
        reports.issues().stream().map(DataQualityIssue::rule).forEach(codes::add);
        Stream.of(SubmissionState.values(), IssueSeverity.values(), NarrativePart.values(), ScopeKind.values())
                .flatMap(Stream::of).forEach(value -> codes.add(value.name()));
        for (Sheet sheet : vietnamese) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        assertThat(codes).as("%s!%s", sheet.getSheetName(), cell.getAddress())
                                .doesNotContain(cell.getStringCellValue(), cell.getStringCellValue().toUpperCase(Locale.ROOT));
                    }
                }
            }
        }
        Sheet issues = vietnamese.getSheet("Lỗi dữ liệu");
        assertThat(rows(issues)).extracting(row -> text(row, column(issues, "Quy tắc")))
                .contains("nộp muộn", "khác thường so với các năm trước");
        assertThat(header(vietnamese.getSheet("Chỉ tiêu theo loại cơ quan"))).startsWith("Loại cơ quan, đơn vị", "Mã chỉ tiêu");
    }

    @Test
    void everyPercentageIsStoredZeroToHundredWithAFormatThatDoesNotScaleIt() {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        for (XSSFWorkbook workbook : List.of(vietnamese, english)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String format = cell.getCellStyle().getDataFormatString();
                        if (cell.getCellType() == CellType.NUMERIC && format.contains("%")) {
                            assertThat(format).as("%s!%s", sheet.getSheetName(), cell.getAddress())
                                    .isIn(WorkbookStyles.PERCENT_VALUE, WorkbookStyles.SIGNED_PERCENT);
                        }
                    }
                }
            }
        }
        FigureRow share = data.national().stream().filter(row -> row.indicator().valueType() == ValueType.PERCENT
                && row.value() != null && row.relativeChange() != null).findFirst().orElseThrow();
        Sheet national = vietnamese.getSheet("Chỉ tiêu toàn quốc");
        Row row = rows(national).stream().filter(r -> share.indicator().code().equals(text(r, 0))).findFirst().orElseThrow();
        assertThat(row.getCell(4).getNumericCellValue()).isCloseTo(share.value().doubleValue(), within(1e-9));
        assertThat(formatter.formatCellValue(row.getCell(4)))
                .isEqualTo(share.value().setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "%");
        int relative = column(national, "Tăng, giảm (%)");
        BigDecimal percent = share.relativeChange().movePointRight(2);
        assertThat(row.getCell(relative).getNumericCellValue()).isCloseTo(percent.doubleValue(), within(1e-9));
        assertThat(formatter.formatCellValue(row.getCell(relative)))
                .isEqualTo(String.format(Locale.ROOT, "%+.1f%%", percent.doubleValue()));
        Sheet completeness = vietnamese.getSheet("Tình hình gửi báo cáo");
        Cell rate = rows(completeness).get(0).getCell(column(completeness, "Tỷ lệ đã gửi"));
        BigDecimal expected = data.total().submittedPercent();
        assertThat(rate.getNumericCellValue()).isCloseTo(expected.doubleValue(), within(0.05));
        assertThat(formatter.formatCellValue(rate)).isEqualTo(expected.toPlainString() + "%");
    }

    @Test
    void identifiersHaveNoThousandsSeparatorWhereverTheDictionarySaysSo() {
        String identifier = Labels.of(ReportLanguage.VI).get("xlsx.unit.IDENTIFIER");
        Sheet dictionary = vietnamese.getSheet("Giải thích các cột");
        int checked = 0;
        for (Row entry : rows(dictionary)) {
            if (identifier.equals(text(entry, 3))) {
                Sheet sheet = vietnamese.getSheet(text(entry, 0));
                int index = column(sheet, text(entry, 1));
                for (Row row : rows(sheet)) {
                    Cell cell = row.getCell(index);
                    if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(WorkbookStyles.IDENTIFIER);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(1000);
        Cell submission = vietnamese.getSheet("Số liệu gốc").getRow(1).getCell(0);
        assertThat(submission.getNumericCellValue()).isGreaterThanOrEqualTo(1000);
        assertThat(new DataFormatter(Locale.ROOT).formatCellValue(submission)).doesNotContain(",", ".");
    }

    @Test
    void indicatorNamesWrapSoAPrintedPageShowsThemWhole() {
        for (String name : List.of("Chỉ tiêu toàn quốc", "Chỉ tiêu theo vùng", "Chỉ tiêu theo loại cơ quan",
                "Chỉ tiêu theo cơ quan")) {
            Sheet sheet = vietnamese.getSheet(name);
            int index = column(sheet, "Chỉ tiêu");
            for (Row row : rows(sheet)) {
                assertThat(row.getCell(index).getCellStyle().getWrapText()).as(name).isTrue();
                if (row.getCell(index).getStringCellValue().length() > 100) {
                    assertThat(row.getHeightInPoints()).as("a long name gets the lines it needs").isGreaterThan(30);
                }
            }
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getFitToPage()).isTrue();
        }
    }
}
