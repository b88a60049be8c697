package vn.dnnd.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dnnd.indicator.ComputeService;
import vn.dnnd.referencedata.ReferenceDataService;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.system.DnndException;

/** The PDF kinds rendered from the computed {@link ReportFixture} and read back as a reader would. */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PdfReportsTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReferenceDataService reference;

    @Autowired
    ComputeService compute;

    @Autowired
    List<ReportKindRenderer> renderers;

    Path directory;

    @BeforeAll
    void computeTheFixture() throws IOException {
        ReportFixture.build(jdbc, reference, compute);
        directory = Files.createTempDirectory("dnnd-report-pdf");
    }

    @Test
    void theFourKindsAreBeans() {
        assertThat(renderers).extracting(ReportKindRenderer::kind)
                .contains("summary", "briefing", "region", "workbook");
    }

    @Test
    void theNationalSummaryNamesTheEightTasksAndTheNationalFigure() throws IOException {
        List<RenderedFile> files = renderer("summary").render(ReportFixture.request(ReportLanguage.VI), directory);
        assertThat(files).singleElement().satisfies(file -> {
            assertThat(file.scope()).isEqualTo("national");
            assertThat(file.path().getFileName()).hasToString("bao-cao-tong-hop-2025-vi.pdf");
        });
        PdfPages pdf = PdfPages.read(files.get(0).path());
        for (String task : jdbc.queryForList("select short_name_vi from task order by task_no", String.class)) {
            assertThat(pdf.text()).contains(task);
        }
        // the national row of T3.DELEGATIONS_OUT: 2024, 2025, change, reporters/expected (not applicable)
        assertThat(pdf.text()).contains("Số đoàn ra thực hiện hoạt động đối ngoại nhân dân đoàn 101 107 +6 (+5,9%) 4/62 (1)");
        assertThat(pdf.text()).contains(ReportFixture.HCM_ACHIEVEMENT, ReportFixture.LHHN_LIMITATION,
                ReportFixture.LHHN_CAUSE, ReportFixture.TAYNINH_PROPOSAL)
                // the shipped header: the MFA's Party committee, its number line without a colon, its deputy signing
                .contains("ĐẢNG BỘ CHÍNH PHỦ", "ĐẢNG ỦY BỘ NGOẠI GIAO", "Số …-BC/ĐUBNG", "T/M BAN THƯỜNG VỤ",
                        "PHÓ BÍ THƯ", "- Lưu Văn phòng Đảng ủy.")
                .doesNotContain("null");
        // the table by region adds up to the country with the central bodies (28 expected: LHHN and TLDLD on
        // time), as the table by kind does (62)
        assertThat(pdf.text()).contains("Vùng Đông Nam Bộ 3 2 66,7% 2 0 1", "Cơ quan Trung ương 28 2 7,1% 2 0 26",
                "Tổng số 62 5 8,1% 4 1 57").doesNotContain("Tổng số 34 3 8,8% 2 1 31");
        assertThat(pdf.unembeddedFonts()).isEmpty();
    }

    @Test
    void causesStandUnderTheirKindAndLessonsLearnedHaveTheirOwnSectionInBothEditions() throws IOException {
        String vi = afterContents(summary(ReportLanguage.VI), "I. TÌNH HÌNH CHUNG");
        assertThat(vi).containsSubsequence("III. HẠN CHẾ VÀ NGUYÊN NHÂN",
                "Nguyên nhân khách quan: - " + ReportFixture.HCM_OBJECTIVE_CAUSE + " (TP. Hồ Chí Minh)",
                "Nguyên nhân chủ quan: - " + ReportFixture.TAYNINH_SUBJECTIVE_CAUSE,
                "Nguyên nhân: - " + ReportFixture.LHHN_CAUSE,
                "IV. BÀI HỌC KINH NGHIỆM", "Các cơ quan, đơn vị rút ra một số bài học kinh nghiệm: - "
                        + ReportFixture.LHHN_LESSON, "V. PHƯƠNG HƯỚNG, NHIỆM VỤ VÀ KIẾN NGHỊ, ĐỀ XUẤT");
        String en = afterContents(summary(ReportLanguage.EN), "I. OVERVIEW");
        assertThat(en).containsSubsequence("III. LIMITATIONS AND THEIR CAUSES",
                "Objective causes: - " + ReportFixture.HCM_OBJECTIVE_CAUSE,
                "Subjective causes: - " + ReportFixture.TAYNINH_SUBJECTIVE_CAUSE, "Causes: - " + ReportFixture.LHHN_CAUSE,
                "IV. LESSONS LEARNED", "Organisations drew these lessons: - " + ReportFixture.LHHN_LESSON,
                "V. DIRECTIONS, TASKS AND PROPOSALS");
    }

    private PdfPages summary(ReportLanguage language) throws IOException {
        return PdfPages.read(renderer("summary").render(ReportFixture.request(language), directory).get(0).path());
    }

    /** The text from the first section's heading on: the table of contents before it lists the headings too. */
    private static String afterContents(PdfPages pdf, String firstHeading) {
        return pdf.text().substring(pdf.text().lastIndexOf(firstHeading));
    }

    @Test
    void theEnglishEditionUsesEnglishTaskNames() throws IOException {
        List<RenderedFile> files = renderer("summary").render(ReportFixture.request(ReportLanguage.EN), directory);
        assertThat(files.get(0).path().getFileName()).hasToString("bao-cao-tong-hop-2025-en.pdf");
        PdfPages pdf = PdfPages.read(files.get(0).path());
        assertThat(pdf.text()).contains("Raise awareness of the role, position and importance of people-to-people diplomacy",
                "TP. Hồ Chí Minh");
    }

    @Test
    void theBriefingFitsOnTwoPages() throws IOException {
        List<RenderedFile> files = renderer("briefing").render(ReportFixture.request(ReportLanguage.VI), directory);
        assertThat(files.get(0).path().getFileName()).hasToString("bao-cao-tom-tat-2025-vi.pdf");
        PdfPages pdf = PdfPages.read(files.get(0).path());
        assertThat(pdf.pageCount()).isLessThanOrEqualTo(2);
        assertThat(pdf.unembeddedFonts()).isEmpty();
        // Đồng Nai has not reported; the national delegations changed by +6 on 101
        assertThat(pdf.text()).contains("Đồng Nai", "Số đoàn ra thực hiện hoạt động đối ngoại nhân dân đoàn 101 107 +6 (+5,9%)")
                .doesNotContain("null");
    }

    @Test
    void aRegionReportNamesItsOrganisations() throws IOException {
        List<RenderedFile> files = renderer("region").render(ReportFixture.request(ReportLanguage.VI), directory);
        Map<String, RenderedFile> byScope = files.stream().collect(Collectors.toMap(RenderedFile::scope, f -> f));
        assertThat(byScope).containsOnlyKeys("region:TDMNPB", "region:DBSH", "region:BTB", "region:DHNTB_TN",
                "region:DNB", "region:DBSCL");
        RenderedFile southeast = byScope.get("region:DNB");
        assertThat(southeast.path().getFileName()).hasToString("bao-cao-vung-DNB-2025-vi.pdf");
        PdfPages pdf = PdfPages.read(southeast.path());
        assertThat(pdf.text()).contains("Vùng Đông Nam Bộ", "Tây Ninh", "TP. Hồ Chí Minh", "Đồng Nai",
                ReportFixture.TAYNINH_PROPOSAL).doesNotContain(ReportFixture.LHHN_LIMITATION);
        // the region, then its organisations, each compared with last year restated onto today's units:
        // Đông Nam Bộ 12 + 30 = 42 against 5 + 9 + 20 + 4 = 38 in 2024; Tây Ninh 12 against old Tây Ninh 5 +
        // Long An 9 = 14; TP. Hồ Chí Minh 30 against 20 + Bình Dương 4 = 24. Bà Rịa - Vũng Tàu never reported:
        // TP. Hồ Chí Minh's 1 of 1 against 2 of 3, and the region's 2 of 3 against 4 of 7, are not comparable
        assertThat(pdf.text()).contains("Số đoàn ra thực hiện hoạt động đối ngoại nhân dân đoàn 38 42 không so sánh được (1) "
                + "2/3 Đồng Nai – – – 0/1 Tây Ninh 14 12 -2 (-14,3%) 1/1 TP. Hồ Chí Minh 24 30 không so sánh được (2) 1/1");
        // Hà Nội is in another region: only the place on the date line names it
        assertThat(pdf.text().substring(pdf.text().indexOf("năm 2026"))).doesNotContain("Hà Nội");
        assertThat(pdf.unembeddedFonts()).isEmpty();
    }

    @Test
    void aPeriodNotComputedOrNotAnnualIsRefusedSayingWhatToDo() {
        ReportRequest notComputed = new ReportRequest("2023", ReportLanguage.VI, 1, ReportFixture.request(ReportLanguage.VI)
                .generatedAt(), List.of());
        assertThatThrownBy(() -> renderer("briefing").render(notComputed, directory)).isInstanceOf(DnndException.class)
                .hasMessage("Kỳ 2023 chưa được tính; hãy chạy: compute --period 2023 "
                        + "(period 2023 has not been computed; run: compute --period 2023)");
        ReportRequest review = new ReportRequest("2022-2026", ReportLanguage.VI, 1, notComputed.generatedAt(), List.of());
        assertThatThrownBy(() -> renderer("summary").render(review, directory)).isInstanceOf(DnndException.class)
                .hasMessageContaining("không phải kỳ báo cáo năm");
    }

    private ReportKindRenderer renderer(String kind) {
        return ReportFixture.renderer(renderers, kind);
    }
}
