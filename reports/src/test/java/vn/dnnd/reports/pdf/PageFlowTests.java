package vn.dnnd.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dnnd.reports.fixture.SampleData;
import vn.dnnd.reports.fixture.SampleReports;
import vn.dnnd.reports.model.Excerpt;
import vn.dnnd.reports.model.TaskExcerpts;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.model.SummaryReport;
import vn.dnnd.reports.support.PdfLines;
import vn.dnnd.reports.support.PdfText;
import vn.dnnd.reports.text.Labels;

/**
 * How the national-size summary and a region's report break into pages and lines, read back line by line:
 * no page ends on a heading, a lead line or a caption, none begins with a table's note, and no figure is
 * parted from its unit or split inside at the end of a line; the closing ("Nơi nhận:" and the signature) never
 * stands alone on a page.
 */
class PageFlowTests {

    private static final Pattern FIGURE_AT_END = Pattern.compile(".*\\d$");
    private static final Pattern UNIT_AT_START = Pattern.compile(
            "^(%|điểm %|tỷ|pp|bn|cơ quan, đơn vị|báo cáo (đúng|quá) hạn|organisations (were|have))( .*|$)");
    private static final Pattern GROUP_AT_END = Pattern.compile(".*\\d[.,]$");
    private static final Pattern GROUP_AT_START = Pattern.compile("^\\d{3}\\b.*");

    private static SampleReports reports;

    @BeforeAll
    static void load() {
        reports = new SampleReports(SampleData.load());
    }

    @Test
    void theSummaryKeepsHeadingsWithTheirTextAndNotesWithTheirTables() {
        for (ReportLanguage language : ReportLanguage.values()) {
            checkBreaks(reports.summary(), language);
        }
    }

    @Test
    void aRegionsReportKeepsHeadingsWithTheirTextAndNotesWithTheirTables() {
        checkBreaks(reports.regionReport("DBSCL"), ReportLanguage.VI);
    }

    /**
     * Proposal passages are added one by one until the closing moves to the next page: that is where the body ends
     * at a page's foot, and where the closing used to stand alone. There, and on every count before, the page
     * with "Nơi nhận:" also holds the end of the last passage above it.
     */
    @Test
    void theClosingTakesTheLastPassageAlongWhenTheBodyEndsAtAPageFoot() {
        SummaryReport base = reports.summary();
        List<Excerpt> pool = base.proposals().stream().flatMap(proposals -> proposals.excerpts().stream()).toList();
        int firstClosingPage = 0;
        int closingPage = 0;
        for (int passages = 1; passages <= 60 && closingPage <= firstClosingPage; passages++) {
            List<Excerpt> excerpts = new ArrayList<>();
            for (int i = 0; i < passages; i++) {
                excerpts.add(pool.get(i % pool.size()));
            }
            SummaryReport report = new SummaryReport(base.meta(), base.scope(), base.overview(), List.of(), List.of(),
                    base.directions(), List.of(new TaskExcerpts(base.proposals().get(0).task(), excerpts)), List.of());
            PdfLines pdf = new PdfLines(new SummaryReportPdf().render(report, ReportLanguage.VI));
            List<String> above = textAboveClosing(pdf, ReportLanguage.VI);
            closingPage = closingPage(pdf, ReportLanguage.VI);
            firstClosingPage = firstClosingPage == 0 ? closingPage : firstClosingPage;
            String lastAuthor = PdfText.fold("(" + excerpts.get(passages - 1).organisationName() + ")");
            assertThat(String.join(" ", above)).as("the text above the closing on page " + closingPage + " with "
                    + passages + " passages").endsWith(lastAuthor);
        }
        assertThat(closingPage).as("no count of passages moved the closing to the next page")
                .isGreaterThan(firstClosingPage);
    }

    @Test
    void aRegionsReportAndTheReviewCarryTextAboveTheirClosing() {
        for (ReportLanguage language : ReportLanguage.values()) {
            PdfLines region = new PdfLines(new SummaryReportPdf().render(reports.regionReport("DBSCL"), language));
            assertThat(textAboveClosing(region, language)).as("a region's report, " + language).isNotEmpty();
            PdfLines review = new PdfLines(new ReviewReportPdf().render(reports.review(List.of()), language));
            assertThat(textAboveClosing(review, language)).as("the review, " + language).isNotEmpty();
        }
    }

    /** The lines above "Nơi nhận:" on its page, the page number left out. */
    static List<String> textAboveClosing(PdfLines pdf, ReportLanguage language) {
        String recipients = PdfText.fold(Labels.of(language).get("closing.recipients"));
        List<String> lines = pdf.page(closingPage(pdf, language)).stream().map(PdfLines.Line::text).toList();
        int closing = 0;
        while (!lines.get(closing).startsWith(recipients)) {
            closing++;
        }
        return lines.subList(0, closing).stream().filter(line -> !line.matches("\\d+")).toList();
    }

    private static int closingPage(PdfLines pdf, ReportLanguage language) {
        String recipients = Labels.of(language).get("closing.recipients");
        for (int page = 1; page <= pdf.pageCount(); page++) {
            if (pdf.find(page, recipients) != null) {
                return page;
            }
        }
        throw new AssertionError("no page holds " + recipients);
    }

    private static void checkBreaks(SummaryReport report, ReportLanguage language) {
        DocumentBuilder document = SummaryDocument.build(report, language);
        List<String> headings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Map<String, Object> block : document.blocks()) {
            for (String key : List.of("sectionTitle", "subsectionTitle", "lead", "caption")) {
                headings.add((String) block.get(key));
            }
            notes.add((String) block.get("note"));
            if (block.get("params") instanceof Map<?, ?> params) {
                notes.add((String) params.get("NOTE"));
            }
        }
        headings = headings.stream().filter(Objects::nonNull).map(PdfText::fold).distinct().toList();
        notes = notes.stream().filter(Objects::nonNull).map(PdfText::fold).distinct().toList();
        assertThat(headings).hasSizeGreaterThan(20);
        assertThat(notes).isNotEmpty();

        PdfLines pdf = new PdfLines(new SummaryReportPdf().render(report, language));
        String footer = PdfText.fold(HeaderText.footer(report.meta(), Labels.of(language)));
        assertThat(pdf.pageCount()).isGreaterThan(5);
        for (int page = 1; page <= pdf.pageCount(); page++) {
            List<String> body = pdf.page(page).stream().map(PdfLines.Line::text)
                    .filter(line -> !line.equals(footer) && !line.matches("\\d+")).toList();
            String where = language.code() + " page " + page;
            String foot = String.join(" ", body.subList(Math.max(0, body.size() - 3), body.size()));
            assertThat(headings).as("a heading at the foot of " + where + ": " + foot).noneMatch(foot::endsWith);
            String head = body.get(0);
            assertThat(notes).as("a note at the head of " + where + ": " + head)
                    .noneMatch(note -> head.length() >= 15 && note.startsWith(head));
            for (int i = 1; i < body.size(); i++) {
                String before = body.get(i - 1);
                String after = body.get(i);
                boolean partedUnit = FIGURE_AT_END.matcher(before).matches() && UNIT_AT_START.matcher(after).matches();
                boolean splitFigure = GROUP_AT_END.matcher(before).matches() && GROUP_AT_START.matcher(after).matches();
                assertThat(partedUnit || splitFigure).as("a figure broken at the end of a line on " + where + ": "
                        + before + " | " + after).isFalse();
            }
        }
    }
}
