package vn.dnnd.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dnnd.reports.fixture.SampleData;
import vn.dnnd.reports.fixture.SampleReports;
import vn.dnnd.reports.model.Excerpt;
import vn.dnnd.reports.model.FigureRow;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.model.ReviewReport;
import vn.dnnd.reports.support.PdfText;
import vn.dnnd.reports.text.NumberText;

/**
 * The five-year review's sections as the library lays them out: the lessons learned are a section of their
 * own only when organisations wrote some, and the directions are numbered after it.
 */
class ReviewReportPdfTests {

    private static final String LESSON = "Phải gắn công tác đối ngoại nhân dân với nhiệm vụ chính trị của địa phương.";
    private static SampleData data;

    @BeforeAll
    static void load() {
        data = SampleData.load();
    }

    @Test
    void lessonsLearnedAreSectionFourWhenWrittenAndTheDirectionsMoveToFive() {
        ReviewReport withLessons = review(List.of(new ReviewReport.YearExcerpt("2024",
                new Excerpt("HN", "Hà Nội", LESSON))));
        String vi = new PdfText(new ReviewReportPdf().render(withLessons, ReportLanguage.VI)).all();
        assertThat(vi).containsSubsequence("III. HẠN CHẾ VÀ NGUYÊN NHÂN", "IV. BÀI HỌC KINH NGHIỆM",
                "- " + LESSON + " (Hà Nội, năm 2024)", "V. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI");
        String en = new PdfText(new ReviewReportPdf().render(withLessons, ReportLanguage.EN)).all();
        assertThat(en).containsSubsequence("IV. LESSONS LEARNED", "(Hà Nội, 2024)",
                "V. DIRECTIONS AND TASKS FOR THE COMING PERIOD");

        String without = new PdfText(new ReviewReportPdf().render(review(List.of()), ReportLanguage.VI)).all();
        assertThat(without).contains("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI").doesNotContain("BÀI HỌC KINH NGHIỆM");
    }

    @Test
    void aYearWithoutFiguresIsADashInTheSeriesNeverZero() {
        String vi = new PdfText(new ReviewReportPdf().render(review(List.of()), ReportLanguage.VI)).all();
        FigureRow delegations = data.nationalRow("T3.DELEGATIONS_OUT");
        String value = new NumberText(ReportLanguage.VI).value(delegations);
        assertThat(vi).contains(PdfText.fold(delegations.indicator().name().vi()) + " "
                + delegations.indicator().unit().vi() + " – – – " + value + " –");
        assertThat(vi).contains("Chưa có số liệu năm 2022, 2023, 2024, 2026");
    }

    @Test
    void aReviewOfMoreYearsThanATableHoldsIsRefused() {
        List<String> eight = List.of("2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026");
        assertThatThrownBy(() -> new ReviewTables(ReportLanguage.VI).series(List.of(), eight))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 7 years");
    }

    private static ReviewReport review(List<ReviewReport.YearExcerpt> lessons) {
        return new SampleReports(data).review(lessons);
    }
}
