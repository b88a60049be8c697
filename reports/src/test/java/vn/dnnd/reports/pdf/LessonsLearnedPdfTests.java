package vn.dnnd.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dnnd.reports.fixture.SampleData;
import vn.dnnd.reports.fixture.SampleReports;
import vn.dnnd.reports.model.Excerpt;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.model.SummaryReport;
import vn.dnnd.reports.model.TaskFindings;
import vn.dnnd.reports.support.PdfText;

/**
 * Section III gives the causes organisations called objective and subjective under their own headings
 * (unqualified causes as before), and section IV quotes the lessons learned, before V. directions.
 */
class LessonsLearnedPdfTests {

    private static final Excerpt OBJECTIVE = new Excerpt("HANOI", "Thành ủy Hà Nội",
            "Tình hình thế giới, khu vực diễn biến phức tạp, khó lường.");
    private static final Excerpt SUBJECTIVE = new Excerpt("LAICHAU", "Tỉnh ủy Lai Châu",
            "Một số cấp ủy chưa thực sự quan tâm chỉ đạo công tác đối ngoại nhân dân.");
    private static final Excerpt UNQUALIFIED = new Excerpt("HLG", "Hội Luật gia Việt Nam",
            "Kinh phí dành cho hoạt động đối ngoại nhân dân còn hạn hẹp.");
    private static final Excerpt LESSON = new Excerpt("CAMAU", "Tỉnh ủy Cà Mau",
            "Phải gắn đối ngoại nhân dân với nhiệm vụ chính trị của địa phương ngay từ khâu lập kế hoạch.");

    @Test
    void vietnameseEditionSplitsCausesAndQuotesLessonsBeforeDirections() {
        String text = body(render(withLessonsAndSplitCauses(List.of(LESSON)), ReportLanguage.VI));

        assertInOrder(text, "III. HẠN CHẾ VÀ NGUYÊN NHÂN",
                "Nguyên nhân khách quan: - " + OBJECTIVE.text() + " (Thành ủy Hà Nội)",
                "Nguyên nhân chủ quan: - " + SUBJECTIVE.text() + " (Tỉnh ủy Lai Châu)",
                "Nguyên nhân: - " + UNQUALIFIED.text() + " (Hội Luật gia Việt Nam)",
                "IV. BÀI HỌC KINH NGHIỆM",
                "Các cơ quan, đơn vị rút ra một số bài học kinh nghiệm: - " + LESSON.text() + " (Tỉnh ủy Cà Mau)",
                "V. PHƯƠNG HƯỚNG, NHIỆM VỤ VÀ KIẾN NGHỊ, ĐỀ XUẤT");
    }

    @Test
    void englishEditionUsesEnglishHeadingsAroundTheOrganisationsWords() {
        String text = body(render(withLessonsAndSplitCauses(List.of(LESSON)), ReportLanguage.EN));

        assertInOrder(text, "III. LIMITATIONS AND THEIR CAUSES", "Objective causes: - " + OBJECTIVE.text(),
                "Subjective causes: - " + SUBJECTIVE.text(), "Causes: - " + UNQUALIFIED.text(),
                "IV. LESSONS LEARNED", "Organisations drew these lessons: - " + LESSON.text(),
                "V. DIRECTIONS, TASKS AND PROPOSALS");
    }

    @Test
    void sayLessonsAreMissingWhenNoOrganisationWroteAny() {
        PdfText pdf = render(withLessonsAndSplitCauses(List.of()), ReportLanguage.VI);

        assertInOrder(body(pdf), "IV. BÀI HỌC KINH NGHIỆM",
                "Các cơ quan, đơn vị chưa nêu bài học kinh nghiệm trong kỳ báo cáo.", "V. PHƯƠNG HƯỚNG");
        assertThat(pdf.page(1)).as("the contents list the new section").contains("IV. BÀI HỌC KINH NGHIỆM");
    }

    private static SummaryReport withLessonsAndSplitCauses(List<Excerpt> lessons) {
        SummaryReport sample = new SampleReports(SampleData.load()).summary();
        TaskFindings first = sample.findings().get(0);
        List<TaskFindings> findings = List.of(new TaskFindings(first.task(), first.limitations(), List.of(UNQUALIFIED),
                List.of(OBJECTIVE), List.of(SUBJECTIVE)));
        return new SummaryReport(sample.meta(), sample.scope(), sample.overview(), sample.tasks(), findings,
                sample.directions(), sample.proposals(), sample.organisations(), lessons);
    }

    private static PdfText render(SummaryReport report, ReportLanguage language) {
        return new PdfText(new SummaryReportPdf().render(report, language));
    }

    /** The text after the contents page, which lists the headings too. */
    private static String body(PdfText pdf) {
        StringBuilder text = new StringBuilder();
        for (int page = 2; page <= pdf.pageCount(); page++) {
            text.append(pdf.page(page)).append(' ');
        }
        return text.toString();
    }

    private static void assertInOrder(String text, String... phrases) {
        int from = 0;
        for (String phrase : phrases) {
            int at = text.indexOf(PdfText.fold(phrase), from);
            assertThat(at).as("'" + phrase + "' after position " + from).isGreaterThanOrEqualTo(0);
            from = at + phrase.length();
        }
    }
}
