package vn.dnnd.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dnnd.reports.fixture.SampleData;
import vn.dnnd.reports.fixture.SampleReports;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.model.Task;
import vn.dnnd.reports.support.PdfText;
import vn.dnnd.reports.text.NumberText;

/** The English edition of the summary and the briefing: same data, English words, Vietnamese proper names. */
class EnglishEditionTests {

    private static SampleData data;
    private static PdfText summary;
    private static PdfText briefing;

    @BeforeAll
    static void render() {
        data = SampleData.load();
        SampleReports reports = new SampleReports(data);
        summary = new PdfText(new SummaryReportPdf().render(reports.summary(), ReportLanguage.EN));
        briefing = new PdfText(new BriefingPdf().render(reports.briefing(), ReportLanguage.EN));
    }

    @Test
    void speaksEnglishWithEnglishNumbers() {
        assertThat(summary.page(1)).contains("COMMUNIST PARTY OF VIETNAM", "REPORT", "CONTENTS", "No. 125-BC/ĐUBNG",
                "Implementation of Directive 12-CT/TW of the Party Secretariat on people-to-people diplomacy, 2025");
        assertThat(summary.all()).contains("I. OVERVIEW", "II. RESULTS BY TASK OF THE DIRECTIVE",
                "III. LIMITATIONS AND THEIR CAUSES", "IV. LESSONS LEARNED", "V. DIRECTIONS, TASKS AND PROPOSALS", "Recipients:");
        for (Task task : data.tasks()) {
            assertThat(summary.all()).contains(task.taskNo() + ". " + task.shortName().en());
        }
        var participants = data.nationalRow("T1.DISSEM_PARTICIPANTS");
        String english = new NumberText(ReportLanguage.EN).value(participants);
        assertThat(english).contains(",");
        assertThat(summary.all()).contains(english);
        assertThat(briefing.all()).contains("BRIEFING", "1. Key figures", "Biggest changes since 2024");
    }

    @Test
    void keepsVietnameseProperNamesAndQuotations() {
        assertThat(summary.page(1)).contains("ĐẢNG ỦY BỘ NGOẠI GIAO", "Hà Nội, 20 January 2026");
        assertThat(summary.all()).contains("Thành ủy Hà Nội", "Tổng Liên đoàn Lao động Việt Nam",
                "Directive wording (Vietnamese original): “Tập trung quán triệt");
        assertThat(briefing.all()).contains("Tỉnh ủy Cà Mau", "Hội Nhà báo Việt Nam");
        assertThat(summary.unembeddedFonts()).isEmpty();
        assertThat(briefing.unembeddedFonts()).isEmpty();
    }
}
