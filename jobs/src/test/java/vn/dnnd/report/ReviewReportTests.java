package vn.dnnd.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dnnd.indicator.ComputeService;
import vn.dnnd.referencedata.ReferenceDataService;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.model.ScopeKind;
import vn.dnnd.reports.model.ValueType;
import vn.dnnd.reports.text.NumberText;

/**
 * The five-year review rendered by renderJob from the {@link ReportFixture} (2024 and 2025 computed, 2022,
 * 2023 and 2026 without figures) and the review period's series, read back with PDFBox and POI.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewReportTests {

    private static final String HN_2024_ACHIEVEMENT = "Thành phố tổ chức giao lưu hữu nghị với nhân dân Lào nhân dịp "
            + "kỷ niệm ngày thiết lập quan hệ ngoại giao.";
    private static final String DELEGATIONS = "T3.DELEGATIONS_OUT";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReferenceDataService reference;
    @Autowired
    ComputeService compute;
    @Autowired
    RenderService render;

    Edition edition;

    @BeforeAll
    void renderTheReview() {
        ReportFixture.build(jdbc, reference, compute);
        jdbc.update("""
                insert into submission_narrative (submission_id, task_no, section, body)
                select s.submission_id, 3, 'achievements', ? from submission s join organisation o on o.org_id = s.org_id
                where o.code = 'HN' and s.period_code = '2024' and s.status = 'accepted'""", HN_2024_ACHIEVEMENT);
        compute.compute("2022-2026");
        edition = render.render("2022-2026", null, null);
    }

    @Test
    void theReviewIsAnEditionOfItsOwnWithAPdfAndAWorkbookPerLanguage() {
        assertThat(edition.period()).isEqualTo("2022-2026");
        assertThat(edition.directory()).endsWith(Path.of("reports", "2022-2026", "edition-1"));
        assertThat(edition.kinds()).containsExactly("review", "review-workbook");
        assertThat(edition.files()).extracting(file -> file.language() + "/" + file.fileName()).containsExactlyInAnyOrder(
                "vi/bao-cao-so-ket-2022-2026-vi.pdf", "vi/so-lieu-so-ket-2022-2026-vi.xlsx",
                "en/bao-cao-so-ket-2022-2026-en.pdf", "en/so-lieu-so-ket-2022-2026-en.xlsx");
    }

    @Test
    void theVietnamesePdfHasTheSectionsTheRestatedSeriesAndMissingYearsAsDashes() throws IOException {
        PdfPages pdf = PdfPages.read(file("vi", "pdf"));
        assertThat(pdf.text()).containsSubsequence("MỤC LỤC", "I. TÌNH HÌNH CHUNG",
                "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CỦA CHỈ THỊ", "III. HẠN CHẾ VÀ NGUYÊN NHÂN",
                "Nguyên nhân khách quan:", "Nguyên nhân chủ quan:", "IV. BÀI HỌC KINH NGHIỆM",
                "V. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", "Nơi nhận:");
        assertThat(pdf.text()).contains("Sơ kết 5 năm thực hiện Chỉ thị số 12-CT/TW",
                "số liệu đã được tính và công bố cho các năm: 2024, 2025.",
                "Chưa có số liệu năm 2022, 2023, 2026: các ô của năm đó để trống (dấu –), không tính là 0.");
        // who reported each year: a year without figures is dashes, not zeros
        assertThat(pdf.text()).contains("Năm 2022 – – – – – –").doesNotContain("Năm 2022 0");
        assertThat(pdf.text()).contains(seriesRow(ReportLanguage.VI, "national", "VN"));
        assertThat(pdf.text()).contains("- Vùng Đông Nam Bộ " + values(ReportLanguage.VI, "region", "2025:DNB"));
        // a region without any figure of the indicator is left out of the PDF's table (the workbook lists it)
        assertThat(pdf.text()).doesNotContain("- Vùng đồng bằng sông Cửu Long – – – – –");
        // each passage signed with its organisation and year, the years in order
        assertThat(pdf.text()).containsSubsequence(HN_2024_ACHIEVEMENT + " (" + name("HN") + ", năm 2024)",
                ReportFixture.HCM_ACHIEVEMENT + " (" + name("HCM") + ", năm 2025)");
        assertThat(pdf.text()).contains(ReportFixture.LHHN_LIMITATION + " (" + name("LHHN") + ", năm 2025)",
                ReportFixture.LHHN_CAUSE, "Chuẩn hóa chế độ báo cáo",
                ReportFixture.HCM_OBJECTIVE_CAUSE + " (" + name("HCM") + ", năm 2025)",
                ReportFixture.LHHN_LESSON + " (" + name("LHHN") + ", năm 2025)").doesNotContain("null");
        assertThat(pdf.unembeddedFonts()).isEmpty();
    }

    @Test
    void theEnglishPdfHasTheSameSectionsInEnglishWithEnglishNumbers() throws IOException {
        PdfPages pdf = PdfPages.read(file("en", "pdf"));
        assertThat(pdf.text()).containsSubsequence("CONTENTS", "I. OVERVIEW", "II. RESULTS BY TASK OF THE DIRECTIVE",
                "III. LIMITATIONS AND THEIR CAUSES", "Objective causes:", "Subjective causes:", "IV. LESSONS LEARNED",
                "V. DIRECTIONS AND TASKS FOR THE COMING PERIOD");
        assertThat(pdf.text()).contains("Five-year review of the implementation",
                "No figures yet for 2022, 2023, 2026", "2022 – – – – – –", " (" + name("HCM") + ", 2025)");
        assertThat(pdf.text()).contains(values(ReportLanguage.EN, "national", "VN"));
    }

    @Test
    void theWorkbookSeriesIsNumericPerYearWithYearsWithoutFiguresBlank() throws IOException {
        try (InputStream in = Files.newInputStream(file("vi", "xlsx")); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet series = workbook.getSheet("Chuỗi số liệu");
            Row header = series.getRow(0);
            assertThat(header.getCell(7).getStringCellValue()).isEqualTo("Năm 2022");
            assertThat(header.getCell(11).getStringCellValue()).isEqualTo("Năm 2026");
            Row national = row(series, DELEGATIONS, "VN");
            Row southeast = row(series, DELEGATIONS, "DNB");
            for (int year = 2022; year <= 2026; year++) {
                int column = 7 + year - 2022;
                BigDecimal published = published(String.valueOf(year), "national", "VN");
                if (published == null) {
                    assertThat(national.getCell(column)).as("%d has no figures: blank, not 0", year)
                            .satisfiesAnyOf(cell -> assertThat(cell).isNull(),
                                    cell -> assertThat(cell.getCellType()).isEqualTo(CellType.BLANK));
                } else {
                    assertThat(national.getCell(column).getNumericCellValue()).isEqualTo(published.doubleValue());
                    assertThat(southeast.getCell(column).getNumericCellValue())
                            .isEqualTo(published(String.valueOf(year), "region", "2025:DNB").doubleValue());
                }
            }
            assertThat(published("2024", "national", "VN")).as("the fixture has 2024").isNotNull();
            Sheet years = workbook.getSheet("Báo cáo qua các năm");
            DataFormatter text = new DataFormatter();
            assertThat(text.formatCellValue(years.getRow(1).getCell(0)) + " " + text.formatCellValue(years.getRow(1).getCell(1)))
                    .isEqualTo("2022 Không");
            assertThat(years.getRow(1).getCell(2)).isNull();
            assertThat(text.formatCellValue(years.getRow(4).getCell(1))).isEqualTo("Có");
            assertThat(years.getRow(4).getCell(2).getNumericCellValue()).isEqualTo(expected("2025"));
            Sheet passages = workbook.getSheet("Trích báo cáo các năm");
            assertThat(passage(passages, HN_2024_ACHIEVEMENT)).isEqualTo("2024 HN 3 Kết quả");
            assertThat(passage(passages, ReportFixture.FORMULA_LIKE)).as("text, never a formula")
                    .isEqualTo("2025 TLDLD 1 Kết quả");
        }
    }

    /** "year organisation task part" of the passage with this text, which must be a text cell. */
    private static String passage(Sheet passages, String text) {
        DataFormatter cells = new DataFormatter();
        for (Row row : passages) {
            Cell passage = row.getCell(5);
            if (row.getRowNum() > 0 && passage.getStringCellValue().equals(text)) {
                assertThat(passage.getCellType()).isEqualTo(CellType.STRING);
                return cells.formatCellValue(row.getCell(0)) + " " + cells.formatCellValue(row.getCell(1)) + " "
                        + cells.formatCellValue(row.getCell(3)) + " " + cells.formatCellValue(row.getCell(4));
            }
        }
        throw new AssertionError("no passage " + text);
    }

    private Path file(String language, String format) {
        return edition.files().stream().filter(file -> file.language().equals(language) && file.format().equals(format))
                .findFirst().orElseThrow().path();
    }

    /** The national row of delegations out as the PDF prints it: name, unit, then each year or a dash. */
    private String seriesRow(ReportLanguage language, String scopeKind, String scopeCode) {
        String nameAndUnit = jdbc.queryForObject("select name_vi || ' ' || unit_vi from indicator where code = ?",
                String.class, DELEGATIONS);
        return nameAndUnit + " " + values(language, scopeKind, scopeCode);
    }

    /** "– – 101 107 –": the restated published value of each year, written for the edition's reader. */
    private String values(ReportLanguage language, String scopeKind, String scopeCode) {
        NumberText numbers = new NumberText(language);
        StringBuilder text = new StringBuilder();
        for (int year = 2022; year <= 2026; year++) {
            text.append(year == 2022 ? "" : " ").append(numbers.value(published(String.valueOf(year), scopeKind, scopeCode),
                    ValueType.INTEGER, ScopeKind.NATIONAL));
        }
        return text.toString();
    }

    private BigDecimal published(String year, String scopeKind, String scopeCode) {
        return jdbc.queryForList("""
                select value from indicator_value where period_code = ? and indicator_code = ? and scope_kind = ?
                  and scope_code = ? and hierarchy = 'restated'""", BigDecimal.class, year, DELEGATIONS, scopeKind,
                scopeCode).stream().findFirst().orElse(null);
    }

    private int expected(String year) {
        return jdbc.queryForObject("""
                select expected from completeness where period_code = ? and scope_kind = 'national'
                  and hierarchy = 'restated'""", Integer.class, year);
    }

    private String name(String code) {
        return jdbc.queryForObject("select name_vi from organisation where code = ? order by valid_from desc limit 1",
                String.class, code);
    }

    private static Row row(Sheet sheet, String indicator, String scopeCode) {
        for (Row row : sheet) {
            Cell code = row.getCell(0);
            if (row.getRowNum() > 0 && code.getStringCellValue().equals(indicator)
                    && row.getCell(5).getStringCellValue().equals(scopeCode)) {
                return row;
            }
        }
        throw new AssertionError("no row " + indicator + " " + scopeCode + " in " + sheet.getSheetName());
    }
}
