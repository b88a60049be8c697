package vn.dnnd.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.dnnd.reports.fixture.SampleData;
import vn.dnnd.reports.fixture.SampleReports;
import vn.dnnd.reports.model.Briefing;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.model.ReportMeta;
import vn.dnnd.reports.support.PdfText;

/**
 * Versions awaiting review are left out of every figure: each page's footer says how many, in the report's
 * language, whole (not cut); with none awaiting the footer is as before.
 */
class AwaitingReviewFooterTests {

    @Test
    void everyPageOfTheBriefingSaysHowManyVersionsAwaitedReviewAndWereLeftOut() {
        Briefing plain = new SampleReports(SampleData.load()).briefing();
        ReportMeta m = plain.meta();
        Briefing awaiting = new Briefing(new ReportMeta(m.header(), m.period(), m.previousPeriod(), m.edition(),
                m.generatedAt(), m.sources(), 7), plain.completeness(), plain.keyFigures(), plain.heatMap(),
                plain.biggestChanges(), plain.notReported());

        PdfText vi = new PdfText(new BriefingPdf().render(awaiting, ReportLanguage.VI));
        PdfText en = new PdfText(new BriefingPdf().render(awaiting, ReportLanguage.EN));
        PdfText none = new PdfText(new BriefingPdf().render(plain, ReportLanguage.VI));

        for (int page = 1; page <= vi.pageCount(); page++) {
            assertThat(vi.page(page).replaceAll("\\s+", " ")).contains("7 bản chờ duyệt, chưa tính");
        }
        assertThat(en.all().replaceAll("\\s+", " ")).contains("7 awaiting review, not counted");
        assertThat(none.all()).doesNotContain("chờ duyệt");
    }
}
