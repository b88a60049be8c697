package vn.dnnd.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dnnd.reports.fixture.SampleData;
import vn.dnnd.reports.fixture.SampleReports;
import vn.dnnd.reports.model.Comparability;
import vn.dnnd.reports.model.Excerpt;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.model.SummaryReport;
import vn.dnnd.reports.model.Task;
import vn.dnnd.reports.support.PdfText;
import vn.dnnd.reports.text.NumberText;

/** The annual summary, read back from the PDF the way a reader's copy-and-paste sees it. */
class SummaryReportPdfTests {

    private static SampleData data;
    private static SummaryReport report;
    private static PdfText pdf;

    @BeforeAll
    static void render() {
        data = SampleData.load();
        report = new SampleReports(data).summary();
        pdf = new PdfText(new SummaryReportPdf().render(report, ReportLanguage.VI));
    }

    @Test
    void opensLikeAPartyReport() {
        String first = pdf.page(1);
        assertThat(first).contains("ĐẢNG ỦY BỘ NGOẠI GIAO", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 125-BC/ĐUBNG",
                "Hà Nội, ngày 20 tháng 01 năm 2026", "BÁO CÁO",
                "Kết quả thực hiện Chỉ thị số 12-CT/TW của Ban Bí thư về đối ngoại nhân dân năm 2025", "MỤC LỤC");
        assertThat(pdf.all()).contains("I. TÌNH HÌNH CHUNG", "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CỦA CHỈ THỊ",
                "III. HẠN CHẾ VÀ NGUYÊN NHÂN", "IV. BÀI HỌC KINH NGHIỆM", "V. PHƯƠNG HƯỚNG, NHIỆM VỤ VÀ KIẾN NGHỊ, ĐỀ XUẤT", "PHỤ LỤC",
                "Nơi nhận:", "- Ban Bí thư (để báo cáo)", "T/M BAN THƯỜNG VỤ");
    }

    @Test
    void namesTheEightTasksWithTheirDiacritics() {
        assertThat(data.tasks()).hasSize(8);
        for (Task task : data.tasks()) {
            assertThat(pdf.all()).contains(task.taskNo() + ". " + PdfText.fold(task.shortName().vi()));
        }
        assertThat(pdf.all()).contains("Quán triệt, nâng cao nhận thức về vai trò, vị trí của ĐNND.",
                "Làm tốt công tác vận động người Việt Nam ở nước ngoài");
    }

    @Test
    void quotesTheDirectiveAndAttributesWhatOrganisationsWrote() {
        assertThat(pdf.all()).contains("Chỉ thị nêu: “" + PdfText.fold(data.tasks().get(0).directiveText()) + "”");
        Excerpt excerpt = report.tasks().get(2).achievements().get(0);
        assertThat(pdf.all()).contains("- " + PdfText.fold(excerpt.text()) + " (" + excerpt.organisationName() + ")");
    }

    @Test
    void printsTheNationalFiguresOfTheFixtureWithTheirChange() {
        NumberText numbers = new NumberText(ReportLanguage.VI);
        var participants = data.nationalRow("T1.DISSEM_PARTICIPANTS");
        var agreements = data.nationalRow("T3.NEW_AGREEMENTS");
        // the fixture's participants rest on 58 of 62 reporters against 62 of 62 the year before: not comparable
        assertThat(Comparability.comparable(participants)).isFalse();
        assertThat(Comparability.comparable(agreements)).isTrue();
        assertThat(pdf.all()).contains(numbers.value(participants) + " không so sánh được (1) 58/62")
                .contains(numbers.value(agreements) + " " + numbers.change(agreements));
        assertThat(numbers.value(participants)).matches("\\d{1,3}(\\.\\d{3})+");
        assertThat(pdf.all()).contains("Kỳ báo cáo năm 2025 có 62 cơ quan, đơn vị phải báo cáo; đã nhận báo cáo của 59 "
                + "cơ quan, đơn vị (95,2%), trong đó 53 báo cáo đúng hạn, 6 báo cáo quá hạn; 3 cơ quan, đơn vị chưa gửi báo cáo.");
    }

    @Test
    void embedsEveryFont() {
        assertThat(pdf.fonts()).isNotEmpty().allMatch(font -> font.contains("LiberationSerif"));
        assertThat(pdf.unembeddedFonts()).isEmpty();
    }

    @Test
    void tableOfContentsGivesThePageEachSectionStartsOn() {
        String contents = pdf.page(1);
        for (String heading : new String[] {"I. TÌNH HÌNH CHUNG", "III. HẠN CHẾ VÀ NGUYÊN NHÂN",
                "Phụ lục 2. Danh sách cơ quan, đơn vị và tình hình gửi báo cáo"}) {
            Matcher entry = Pattern.compile(Pattern.quote(heading) + " (\\d+)").matcher(contents);
            assertThat(entry.find()).as("contents entry for " + heading).isTrue();
            assertThat(pdf.pageOf(heading, 1)).as(heading).isEqualTo(Integer.parseInt(entry.group(1)));
        }
    }

    @Test
    void numbersPagesFromTheSecondAndListsEveryReporterInTheAnnex() {
        assertThat(pdf.page(2)).startsWith("2 ");
        assertThat(pdf.page(pdf.pageCount())).startsWith(pdf.pageCount() + " ");
        int annex = pdf.pageOf("Phụ lục 2. Danh sách cơ quan", 1);
        String rest = String.join(" ", java.util.stream.IntStream.rangeClosed(annex, pdf.pageCount())
                .mapToObj(pdf::page).toList());
        assertThat(rest).contains("Thành ủy Hà Nội", "Tỉnh ủy Cà Mau ĐBSCL Chưa gửi", "Hội Nhà báo Việt Nam");
    }
}
