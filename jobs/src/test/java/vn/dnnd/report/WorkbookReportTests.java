package vn.dnnd.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dnnd.indicator.ComputeService;
import vn.dnnd.referencedata.ReferenceDataService;
import vn.dnnd.reports.model.HeatMap;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.model.Scope;
import vn.dnnd.reports.model.Task;

/** The analyst workbook rendered from the computed {@link ReportFixture} and read back with POI. */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkbookReportTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReferenceDataService reference;

    @Autowired
    ComputeService compute;

    @Autowired
    WorkbookRenderer renderer;

    @Autowired
    ReportModels models;

    XSSFWorkbook workbook;

    @BeforeAll
    void renderTheWorkbook() throws IOException {
        ReportFixture.build(jdbc, reference, compute);
        List<RenderedFile> files = renderer.render(ReportFixture.request(ReportLanguage.VI),
                Files.createTempDirectory("dnnd-report-xlsx"));
        assertThat(files).singleElement().satisfies(file -> {
            assertThat(file.kind()).isEqualTo("workbook");
            assertThat(file.path().getFileName()).hasToString("so-lieu-phan-tich-2025-vi.xlsx");
        });
        try (InputStream in = Files.newInputStream(files.get(0).path())) {
            workbook = new XSSFWorkbook(in);
        }
    }

    @AfterAll
    void close() throws IOException {
        workbook.close();
    }

    @Test
    void nationalValuesAreNumericCellsEqualToTheDatabase() {
        BigDecimal published = jdbc.queryForObject("""
                select value from indicator_value where period_code = '2025' and scope_kind = 'national'
                  and hierarchy = 'as_reported' and indicator_code = 'T3.DELEGATIONS_OUT'""", BigDecimal.class);
        assertThat(published).isEqualByComparingTo("107");
        Row delegations = row(workbook.getSheet("Chỉ tiêu toàn quốc"), 0, "T3.DELEGATIONS_OUT");
        assertThat(delegations.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(delegations.getCell(4).getNumericCellValue()).isCloseTo(published.doubleValue(), within(1e-9));
        assertThat(delegations.getCell(5).getNumericCellValue()).isEqualTo(101);
        assertThat(delegations.getCell(6).getNumericCellValue()).isEqualTo(6);
        // nobody reported overseas Vietnamese events: blank, not 0
        assertBlank(row(workbook.getSheet("Chỉ tiêu toàn quốc"), 0, "T5.OV_EVENTS").getCell(4));
    }

    @Test
    void rawValuesAreTheAcceptedVersionsWithMissingAndNotApplicableLeftBlank() {
        Sheet raw = workbook.getSheet("Số liệu gốc");
        int values = jdbc.queryForObject("""
                select count(*) from submission_value v join submission s using (submission_id)
                where s.period_code = '2025' and s.status = 'accepted'""", Integer.class);
        assertThat(raw.getLastRowNum()).isEqualTo(values);
        // Tây Ninh's current version says 12 (its superseded first version said 99)
        Cell tayNinh = row(raw, 2, "TAYNINH", 4, "T3.DELEGATIONS_OUT").getCell(5);
        assertThat(tayNinh.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(tayNinh.getNumericCellValue()).isEqualTo(12);
        assertBlank(row(raw, 2, "TLDLD", 4, "T3.DELEGATIONS_OUT").getCell(5));
    }

    @Test
    void anOrganisationsYesNoIsOneOrZeroAndItsRegionIsTheRegionAsReported() {
        Sheet organisations = workbook.getSheet("Chỉ tiêu theo cơ quan");
        Row tayNinh = row(organisations, 0, "TAYNINH", 4, "T2.IMPL_PLAN_IN_FORCE");
        assertThat(tayNinh.getCell(3).getStringCellValue()).isEqualTo("Vùng Đông Nam Bộ");
        assertThat(tayNinh.getCell(8).getNumericCellValue()).isEqualTo(1);
        assertThat(new DataFormatter().formatCellValue(tayNinh.getCell(8))).isEqualTo("Có");
        Row haNoi = row(organisations, 0, "HN", 4, "T2.IMPL_PLAN_IN_FORCE");
        assertThat(haNoi.getCell(8).getNumericCellValue()).isZero();
        assertThat(new DataFormatter().formatCellValue(haNoi.getCell(8))).isEqualTo("Không");
    }

    @Test
    void aNarrativeBeginningWithEqualsIsAStringCell() {
        Sheet narratives = workbook.getSheet("Nội dung báo cáo");
        Row row = row(narratives, 0, "TLDLD");
        assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.STRING);
        assertThat(row.getCell(5).getStringCellValue()).isEqualTo(ReportFixture.FORMULA_LIKE);
    }

    @Test
    void dataQualityIssuesOfThePeriodAreListedWithTheRuleNamedInVietnamese() {
        Sheet issues = workbook.getSheet("Lỗi dữ liệu");
        assertThat(issues.getLastRowNum()).isEqualTo(1);
        StringBuilder text = new StringBuilder();
        issues.getRow(1).forEach(cell -> text.append(cell.toString()).append(' '));
        assertThat(text.toString()).contains("tinh-lai-chau-2025.xlsx", "LAICHAU", "D14", ReportFixture.ISSUE_MESSAGE)
                .doesNotContain("at_most");
        assertThat(issues.getRow(1).getCell(6).getStringCellValue()).isEqualTo("vượt quá chỉ tiêu tổng");
    }

    @Test
    void theTaskScoresSheetHoldsTheBriefingHeatMapOfTheSameEdition() {
        HeatMap heatMap = models.briefing(ReportFixture.request(ReportLanguage.VI)).heatMap();
        Sheet scores = workbook.getSheet("Điểm nhiệm vụ");
        int compared = 0;
        for (Task task : heatMap.tasks()) {
            for (Scope scope : heatMap.columns()) {
                Cell score = scoreRow(scores, scope.code(), task.taskNo()).getCell(5);
                BigDecimal expected = heatMap.score(task.taskNo(), scope.code());
                if (expected == null) {
                    assertBlank(score);
                } else {
                    assertThat(score.getNumericCellValue()).isCloseTo(expected.doubleValue(), within(1e-9));
                    compared++;
                }
            }
        }
        assertThat(compared).as("scores the heat map shows").isPositive();
        Long organisations = jdbc.queryForObject("""
                select count(*) from task_score where period_code = '2025' and hierarchy = 'as_reported'
                  and scope_kind = 'organisation'""", Long.class);
        long organisationRows = rowsOfScope(scores, "Cơ quan, đơn vị");
        assertThat(organisationRows).isEqualTo(organisations).isPositive();
        assertThat(rowsOfScope(scores, "Loại cơ quan, đơn vị")).isPositive();
    }

    @Test
    void percentagesAreNumbersOfPercentAndVersionsHaveNoSeparator() {
        Row nation = row(workbook.getSheet("Tình hình gửi báo cáo"), 1, "VN");
        Cell rate = nation.getCell(5);
        double expected = 100.0 * nation.getCell(4).getNumericCellValue() / nation.getCell(3).getNumericCellValue();
        assertThat(rate.getNumericCellValue()).isCloseTo(expected, within(1e-9));
        assertThat(rate.getCellStyle().getDataFormatString()).isEqualTo("0.0\\%");
        Row tayNinh = row(workbook.getSheet("Cơ quan báo cáo"), 0, "TAYNINH");
        assertThat(tayNinh.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0");
    }

    private static Row scoreRow(Sheet sheet, String scopeCode, int taskNo) {
        for (Row row : sheet) {
            Cell code = row.getCell(1);
            if (row.getRowNum() > 0 && code != null && scopeCode.equals(code.getStringCellValue())
                    && row.getCell(3).getNumericCellValue() == taskNo) {
                return row;
            }
        }
        throw new AssertionError("no task score of " + scopeCode + " task " + taskNo);
    }

    private static long rowsOfScope(Sheet sheet, String scopeKind) {
        long rows = 0;
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && scopeKind.equals(row.getCell(0).getStringCellValue())) {
                rows++;
            }
        }
        return rows;
    }

    private static Row row(Sheet sheet, int column, String value) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (row.getRowNum() > 0 && cell != null && value.equals(cell.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError(value + " not found in column " + column + " of " + sheet.getSheetName());
    }

    private static Row row(Sheet sheet, int firstColumn, String first, int secondColumn, String second) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && first.equals(row.getCell(firstColumn).getStringCellValue())
                    && second.equals(row.getCell(secondColumn).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError(first + "/" + second + " not found in " + sheet.getSheetName());
    }

    private static void assertBlank(Cell cell) {
        assertThat(cell == null || cell.getCellType() == CellType.BLANK).as("blank cell").isTrue();
    }
}
