package vn.dnnd.reports.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dnnd.reports.xlsx.WorkbookSheets.column;
import static vn.dnnd.reports.xlsx.WorkbookSheets.dictionaryRow;
import static vn.dnnd.reports.xlsx.WorkbookSheets.rows;
import static vn.dnnd.reports.xlsx.WorkbookSheets.text;

import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.dnnd.reports.fixture.SampleData;
import vn.dnnd.reports.fixture.SampleReports;
import vn.dnnd.reports.model.AnalystWorkbook;
import vn.dnnd.reports.model.Comparability;
import vn.dnnd.reports.model.Coverage;
import vn.dnnd.reports.model.FigureRow;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.model.RowStream;

/**
 * The analyst workbook says which changes are not comparable, by the rule the PDFs print "không so sánh được" by,
 * and who the compared period's value rests on, so that an analyst can filter them out and check the rule.
 */
class AnalystWorkbookComparabilityTests {

    private static final String UNEVEN = "T3.DELEGATIONS_OUT";
    /** 40 of 91 organisations reported the previous value: 44 % against this year's full coverage. */
    private static final Coverage FEW_BEFORE = new Coverage(40, 91, 0);

    @Test
    void aChangeOnUnevenCoverageSaysNoAndShowsThePreviousReporters() throws IOException {
        SampleData data = SampleData.load();
        AnalystWorkbook sample = new SampleReports(data).workbook(RowStream.of(List.of()));
        List<FigureRow> national = sample.national().stream()
                .map(row -> row.indicator().code().equals(UNEVEN) ? withPreviousCoverage(row, FEW_BEFORE) : row)
                .toList();
        FigureRow uneven = national.stream().filter(row -> row.indicator().code().equals(UNEVEN)).findFirst()
                .orElseThrow();
        FigureRow even = national.stream().filter(Comparability::comparable).findFirst().orElseThrow();
        assertThat(Comparability.notComparable(uneven)).isTrue();
        AnalystWorkbook book = new AnalystWorkbook(sample.meta(), national, sample.byRegion(), sample.byKind(),
                sample.byOrganisation(), sample.tasks(), sample.taskScores(), sample.completeness(),
                sample.organisations(), sample.issues(), sample.narratives(), sample.rawValues());

        try (XSSFWorkbook vi = WorkbookSheets.written(book, ReportLanguage.VI);
                XSSFWorkbook en = WorkbookSheets.written(book, ReportLanguage.EN)) {
            XSSFSheet sheet = vi.getSheet("Chỉ tiêu toàn quốc");
            int comparable = column(sheet, "So sánh được với kỳ trước");
            int reportersBefore = column(sheet, "Có số liệu Năm 2024 (cơ quan, đơn vị)");
            int expectedBefore = column(sheet, "Phải báo cáo Năm 2024 (cơ quan, đơn vị)");
            Row unevenRow = row(sheet, UNEVEN);
            assertThat(text(unevenRow, comparable)).isEqualTo("Không");
            assertThat(unevenRow.getCell(reportersBefore).getNumericCellValue()).isEqualTo(40);
            assertThat(unevenRow.getCell(expectedBefore).getNumericCellValue()).isEqualTo(91);
            Row evenRow = row(sheet, even.indicator().code());
            assertThat(text(evenRow, comparable)).isEqualTo("Có");
            assertThat(evenRow.getCell(reportersBefore).getNumericCellValue())
                    .isEqualTo(even.previousCoverage().reporters());
            assertThat(rows(sheet)).as("rows without a change say nothing of comparability")
                    .filteredOn(row -> blank(row.getCell(column(sheet, "Tăng, giảm (theo đơn vị tính; tỷ lệ: điểm %)"))))
                    .allMatch(row -> text(row, comparable) == null);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).as("the filter covers the new columns")
                    .endsWith(String.valueOf((char) ('A' + sheet.getRow(0).getLastCellNum() - 1))
                            + (sheet.getLastRowNum() + 1));
            assertThat(text(dictionaryRow(vi, "Chỉ tiêu toàn quốc", "So sánh được với kỳ trước"), 2))
                    .contains(Comparability.MAX_COVERAGE_GAP.toPlainString() + " điểm %", "không so sánh được");

            Sheet english = en.getSheet("Indicators national");
            assertThat(text(row(english, UNEVEN), column(english, "Comparable with the previous period")))
                    .isEqualTo("No");
            assertThat(text(dictionaryRow(en, "Indicators national", "With figures, 2024 (organisations)"), 2))
                    .contains("compared period");
        }
    }

    private static FigureRow withPreviousCoverage(FigureRow row, Coverage before) {
        return new FigureRow(row.indicator(), row.scope(), row.value(), row.reporters(), row.expected(),
                row.notApplicable(), row.previousValue(), row.change(), before);
    }

    private static Row row(Sheet sheet, String indicatorCode) {
        return rows(sheet).stream().filter(row -> indicatorCode.equals(text(row, 0))).findFirst().orElseThrow();
    }

    private static boolean blank(Cell cell) {
        return cell == null || cell.toString().isBlank();
    }
}
