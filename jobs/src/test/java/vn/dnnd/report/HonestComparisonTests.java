package vn.dnnd.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dnnd.indicator.ComputeService;
import vn.dnnd.referencedata.ReferenceDataService;
import vn.dnnd.reports.model.ReportLanguage;

/**
 * Comparisons with 2024 as a Party office reads them, from the {@link ReportFixture} (2024 on the 63 old
 * provinces, 2025 on today's 34, reporters that differ between the years), rendered and read back.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HonestComparisonTests {

    private static final String DELEGATIONS = "Số đoàn ra thực hiện hoạt động đối ngoại nhân dân đoàn";

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
        directory = Files.createTempDirectory("dnnd-honest");
    }

    @Test
    void theSummarySaysUnderEveryComparisonThat2024IsRestatedAndWhoReportedThenAndNow() throws IOException {
        String text = render("summary", ReportLanguage.VI, 0).text();
        // nationally 7 of 91 reported in 2024 (old provinces), 5 of 62 in 2025
        String restated = "Số liệu năm 2024 đã quy đổi theo 34 đơn vị hành chính hiện nay; năm 2024 có 7/91 cơ quan, "
                + "đơn vị báo cáo, năm 2025 có 5/62.";
        // under the key figures, under each of the eight task tables and under each chart
        assertThat(occurrences(text, restated)).isGreaterThanOrEqualTo(9);
        String task3 = text.substring(text.indexOf("Các chỉ tiêu của nhiệm vụ 3"));
        assertThat(task3.substring(0, task3.indexOf("Biểu đồ"))).contains(restated);
    }

    @Test
    void aChangeOverDifferentSharesOfReportersIsMarkedNotComparableWithWhoReported() throws IOException {
        String text = render("summary", ReportLanguage.VI, 0).text();
        // T7.ADVISORY_ADOPTED: 26 from 5 of 62 in 2025 against 8 from 2 of 91 (Tây Ninh, Long An) in 2024
        assertThat(text).containsPattern("tiếp thu, chấp thuận văn bản 8 26 không so sánh được \\((\\d+)\\) 5/62")
                .containsPattern("\\(\\d+\\) 5/62 so với 2/91")
                .contains("“Không so sánh được”: tỷ lệ cơ quan, đơn vị có số liệu ở hai kỳ chênh nhau quá 5 điểm %");
        // delegations: 4 of 61 it applies to against 7 of 91 is comparable, and printed as a change
        assertThat(text).contains(DELEGATIONS + " 101 107 +6 (+5,9%) 4/62 (1)");
    }

    @Test
    void theTableByRegionShowsTheCentralBodiesSoThatItAddsUpToTheCountry() throws IOException {
        String text = render("summary", ReportLanguage.VI, 0).text();
        // 2025: regions 25 (Hà Nội) + 42 (Đông Nam Bộ) + central 40 (LHHN) = 107; 2024 restated: 18 + 38 + 35 + 10 = 101.
        // Hà Nội alone, 1 of 6 units, against 1 of the 11 old provinces of today's Đồng bằng sông Hồng: not comparable
        assertThat(text).containsPattern(DELEGATIONS + " 101 107 \\+6 \\(\\+5,9%\\) 4/62 \\(1\\)"
                + " Vùng trung du và miền núi phía Bắc – – – 0/9 Vùng đồng bằng sông Hồng 18 25 không so sánh được \\(\\d+\\) 1/6"
                + " Vùng Bắc Trung Bộ – – – 0/5 Vùng duyên hải Nam Trung Bộ và Tây Nguyên – – – 0/6"
                + " Vùng Đông Nam Bộ 38 42 không so sánh được \\(\\d+\\) 2/3 Vùng đồng bằng sông Cửu Long – – – 0/5"
                + " Cơ quan Trung ương 45 40 -5 \\(-11,1%\\) 1/28 \\(1\\)");
        // a ratio's central row is the ratio of the numerators and denominators left over: LHHN 3 of 4
        assertThat(text).contains("Cơ quan Trung ương – 75,0% – 1/28");
        // who reported: the regions, the central bodies (LHHN, TLDLD), then the country
        assertThat(text).contains("Vùng đồng bằng sông Cửu Long 5 0 0,0% 0 0 5 Cơ quan Trung ương 28 2 7,1% 2 0 26 "
                + "Tổng số 62 5 8,1% 4 1 57");
        assertThat(text).contains("Dòng “Cơ quan Trung ương”: các cơ quan, đơn vị không thuộc vùng nào");
        // the annex by region has the central bodies' column before the country's: 25 + 42 + 40 = 107
        assertThat(text).contains("TD&MNPB ĐBSH BTB DHNTB&TN ĐNB ĐBSCL Cơ quan TW Toàn quốc")
                .contains(DELEGATIONS + " – 25 – – 42 – 40 107");
    }

    @Test
    void theBriefingLeavesChangesThatAreNotComparableOutOfTheBiggestChanges() throws IOException {
        PdfPages pdf = render("briefing", ReportLanguage.VI, 0);
        assertThat(pdf.pageCount()).isLessThanOrEqualTo(2);
        String changes = pdf.text().substring(pdf.text().indexOf("3. Những thay đổi lớn nhất"),
                pdf.text().indexOf("4. Cơ quan, đơn vị chưa gửi"));
        assertThat(changes).contains(DELEGATIONS + " 101 107 +6 (+5,9%)")
                .doesNotContain("tiếp thu, chấp thuận")
                .contains("Số liệu năm 2024 đã quy đổi theo 34 đơn vị hành chính hiện nay");
        // and above the key figures, after who reported
        assertThat(pdf.text()).contains("57 cơ quan, đơn vị chưa gửi báo cáo. Số liệu năm 2024 đã quy đổi theo 34 đơn vị "
                + "hành chính hiện nay; năm 2024 có 7/91");
    }

    @Test
    void aRegionReportComparesTodaysUnitsWithTheirPredecessorsOnlyWhereTheSameShareReported() throws IOException {
        List<RenderedFile> files = renderers("region").render(ReportFixture.request(ReportLanguage.VI), directory);
        RenderedFile southeast = files.stream().filter(file -> file.scope().equals("region:DNB")).findFirst().orElseThrow();
        String text = PdfPages.read(southeast.path()).text();
        // Tây Ninh: 1 of 1 against old Tây Ninh and Long An, 2 of 2; TP. Hồ Chí Minh: 1 of 1 against HCM, Bình
        // Dương and Bà Rịa - Vũng Tàu (which never reported), 2 of 3; the region 2 of 3 against 4 of 7
        assertThat(text).contains(DELEGATIONS + " 38 42 không so sánh được (1) 2/3 Đồng Nai – – – 0/1 "
                + "Tây Ninh 14 12 -2 (-14,3%) 1/1 TP. Hồ Chí Minh 24 30 không so sánh được (2) 1/1");
        assertThat(text).contains("(1) 2/3 so với 4/7; (2) 1/1 so với 2/3")
                .contains("Số liệu năm 2024 đã quy đổi theo 34 đơn vị hành chính hiện nay; năm 2024 có 4/7 cơ quan, "
                        + "đơn vị báo cáo, năm 2025 có 2/3.");
    }

    @Test
    void theEnglishEditionSaysTheSame() throws IOException {
        String text = render("summary", ReportLanguage.EN, 0).text();
        assertThat(text).contains("2024 figures restated onto today's 34 administrative units; in 2024, 7/91 "
                        + "organisations reported, in 2025, 5/62.", "Central bodies 45 40 -5 (-11.1%) 1/28 (1)")
                .containsPattern("8 26 not comparable \\(\\d+\\) 5/62").containsPattern("\\(\\d+\\) 5/62 against 2/91");
    }

    private PdfPages render(String kind, ReportLanguage language, int file) throws IOException {
        return PdfPages.read(renderers(kind).render(ReportFixture.request(language), directory).get(file).path());
    }

    private ReportKindRenderer renderers(String kind) {
        return ReportFixture.renderer(renderers, kind);
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
