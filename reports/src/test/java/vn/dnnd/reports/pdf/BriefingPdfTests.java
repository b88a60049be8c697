package vn.dnnd.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.dnnd.reports.fixture.SampleData;
import vn.dnnd.reports.fixture.SampleReports;
import vn.dnnd.reports.model.Briefing;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.support.PdfText;
import vn.dnnd.reports.text.NumberText;

/** The leaders' briefing: the figures that matter, on two pages at most, whatever the data. */
class BriefingPdfTests {

    private final SampleData data = SampleData.load();
    private final SampleReports reports = new SampleReports(data);

    @Test
    void givesKeyFiguresHeatMapChangesAndWhoHasNotReported() {
        Briefing briefing = reports.briefing();
        PdfText pdf = new PdfText(new BriefingPdf().render(briefing, ReportLanguage.VI));

        assertThat(pdf.pageCount()).isEqualTo(2);
        NumberText numbers = new NumberText(ReportLanguage.VI);
        assertThat(pdf.page(1)).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "BÁO CÁO TÓM TẮT", "1. Số liệu chính",
                numbers.value(data.nationalRow("T1.DISSEM_PARTICIPANTS")), "TD&MNPB", "ĐBSH", "ĐBSCL", "Toàn quốc",
                "1. Quán triệt, nâng cao nhận thức về ĐNND");
        String biggest = PdfText.fold(numbers.change(briefing.biggestChanges().get(0)));
        assertThat(pdf.page(2)).contains("3. Những thay đổi lớn nhất so với năm 2024", biggest,
                "4. Cơ quan, đơn vị chưa gửi báo cáo (3)", "Tỉnh ủy Cà Mau", "Hội Nhà báo Việt Nam",
                "Hội Cựu thanh niên xung phong Việt Nam");
        assertThat(pdf.unembeddedFonts()).isEmpty();
    }

    @Test
    void staysOnTwoPagesWithNinetyNonReportersWithLongNames() {
        Briefing crowded = SampleReports.withManyNotReported(reports.briefing(), 90);
        for (ReportLanguage language : ReportLanguage.values()) {
            PdfText pdf = new PdfText(new BriefingPdf().render(crowded, language));
            assertThat(pdf.pageCount()).as(language.code()).isLessThanOrEqualTo(2);
            assertThat(pdf.page(pdf.pageCount())).contains(
                    "Ban Thường vụ Đảng ủy Liên hiệp các tổ chức hữu nghị và các hội nghề nghiệp, văn hóa, khoa học kỹ thuật của tỉnh số 1;");
        }
        PdfText vietnamese = new PdfText(new BriefingPdf().render(crowded, ReportLanguage.VI));
        assertThat(vietnamese.page(2)).containsPattern("và \\d+ cơ quan, đơn vị khác \\(danh sách đầy đủ tại phụ lục")
                .contains("4. Cơ quan, đơn vị chưa gửi báo cáo (90)");
    }
}
