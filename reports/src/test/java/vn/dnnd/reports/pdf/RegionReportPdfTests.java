package vn.dnnd.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dnnd.reports.fixture.SampleData;
import vn.dnnd.reports.fixture.SampleReports;
import vn.dnnd.reports.model.Excerpt;
import vn.dnnd.reports.model.FigureRow;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.model.SummaryReport;
import vn.dnnd.reports.model.TaskSection;
import vn.dnnd.reports.support.PdfText;
import vn.dnnd.reports.text.NumberText;

/** A region's report: the same Party-report layout, the region's figures, then each of its provinces. */
class RegionReportPdfTests {

    @Test
    void reportsTheRegionAndEachOfItsProvinces() {
        SampleData data = SampleData.load();
        SummaryReport sample = new SampleReports(data).regionReport("DBSH");
        SummaryReport report = withExcerpt(sample, new Excerpt("HAIPHONG", "Thành ủy Hải Phòng",
                "Tổ chức <b>12</b> lớp & hội thảo \"Hải Phòng - Kitakyushu\"; tỷ lệ tham gia > 90%"));
        PdfText pdf = new PdfText(new SummaryReportPdf().render(report, ReportLanguage.VI));

        assertThat(pdf.page(1)).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "BÁO CÁO",
                "Kết quả thực hiện Chỉ thị số 12-CT/TW của Ban Bí thư về đối ngoại nhân dân năm 2025 - Vùng đồng bằng sông Hồng");
        assertThat(pdf.all()).contains("Thành ủy Hà Nội", "Tỉnh ủy Quảng Ninh", "Thành ủy Hải Phòng", "Tỉnh ủy Ninh Bình",
                "Dòng in đậm: Vùng đồng bằng sông Hồng; các dòng tiếp theo: từng cơ quan, đơn vị.", "Nơi nhận:")
                .doesNotContain("Tỉnh ủy Cà Mau");
        FigureRow regionDelegations = data.byRegion().stream()
                .filter(row -> row.scope().code().equals("DBSH") && row.indicator().code().equals("T3.DELEGATIONS_OUT"))
                .findFirst().orElseThrow();
        NumberText numbers = new NumberText(ReportLanguage.VI);
        assertThat(pdf.all()).contains(numbers.value(regionDelegations) + " " + numbers.change(regionDelegations));
        assertThat(pdf.unembeddedFonts()).isEmpty();
        assertThat(pdf.all()).as("a passage with markup characters is printed as written")
                .contains("- Tổ chức <b>12</b> lớp & hội thảo \"Hải Phòng - Kitakyushu\"; tỷ lệ tham gia > 90% (Thành ủy Hải Phòng)");
    }

    private static SummaryReport withExcerpt(SummaryReport report, Excerpt excerpt) {
        TaskSection first = report.tasks().get(0);
        List<TaskSection> tasks = new ArrayList<>(report.tasks());
        tasks.set(0, new TaskSection(first.task(), first.rows(), first.chart(), List.of(excerpt)));
        return new SummaryReport(report.meta(), report.scope(), report.overview(), tasks, report.findings(),
                report.directions(), report.proposals(), report.organisations());
    }
}
