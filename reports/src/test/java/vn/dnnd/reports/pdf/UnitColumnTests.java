package vn.dnnd.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dnnd.reports.fixture.ReferenceCsv;
import vn.dnnd.reports.fixture.SampleData;
import vn.dnnd.reports.fixture.SampleReports;
import vn.dnnd.reports.model.Indicator;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.support.PdfLines;

/**
 * The unit column of the task tables, the annex matrix (summary) and the series tables (five-year review) holds
 * every shipped unit on whole words: "associations", never "associat" on one line and "ions" on the next.
 */
class UnitColumnTests {

    private static SampleReports reports;
    private static List<Indicator> shipped;

    @BeforeAll
    static void load() {
        reports = new SampleReports(SampleData.load());
        shipped = ReferenceCsv.locate().indicators();
    }

    @Test
    void theSummaryPrintsEveryShippedUnitOnWholeWords() {
        for (ReportLanguage language : ReportLanguage.values()) {
            checkWholeUnits(new SummaryReportPdf().render(reports.summary(), language), language, "summary");
        }
    }

    @Test
    void theReviewsSeriesTablesPrintEveryShippedUnitOnWholeWords() {
        for (ReportLanguage language : ReportLanguage.values()) {
            checkWholeUnits(new ReviewReportPdf().render(reports.review(List.of()), language), language, "review");
        }
    }

    private static void checkWholeUnits(byte[] pdf, ReportLanguage language, String report) {
        List<Word> printed = words(new PdfLines(pdf));
        TableRows tables = new TableRows(language);
        Set<String> unitWords = shipped.stream().map(tables::unit).flatMap(unit -> Arrays.stream(unit.split("\\s+")))
                .filter(word -> word.length() > 1).collect(Collectors.toCollection(LinkedHashSet::new));
        assertThat(unitWords).as("the shipped units' words").hasSizeGreaterThan(10);
        String where = report + " (" + language.code() + ")";
        for (String word : unitWords) {
            assertThat(printed).as("the unit word \"" + word + "\" printed whole in the " + where)
                    .anyMatch(printedWord -> printedWord.text().equals(word));
            for (int cut = 1; cut < word.length(); cut++) {
                String head = word.substring(0, cut);
                String tail = word.substring(cut);
                for (Word above : printed) {
                    if (above.text().equals(head)) {
                        assertThat(printed).as("the unit word \"" + word + "\" broken into \"" + head + "\" and \""
                                + tail + "\" on page " + above.page() + " of the " + where)
                                .noneMatch(below -> below.text().equals(tail) && below.continues(above));
                    }
                }
            }
        }
    }

    /** A word as printed: its page, where it starts and its baseline, its width. */
    record Word(String text, int page, float x, float y, float width) {

        /** Whether this word stands on the next line of the same cell as {@code above} (centred or not). */
        boolean continues(Word above) {
            float centre = x + width / 2;
            float centreAbove = above.x + above.width / 2;
            boolean sameCell = Math.abs(centre - centreAbove) < 12 || Math.abs(x - above.x) < 2;
            return page == above.page && y > above.y && y - above.y < 16 && sameCell;
        }
    }

    /** The words of every page, cut at spaces and at gaps between glyphs (table cells side by side). */
    private static List<Word> words(PdfLines pdf) {
        List<Word> words = new ArrayList<>();
        for (int page = 1; page <= pdf.pageCount(); page++) {
            for (PdfLines.Line line : pdf.page(page)) {
                StringBuilder text = new StringBuilder();
                TextPosition first = null;
                TextPosition last = null;
                for (TextPosition glyph : line.glyphs()) {
                    boolean gap = last != null
                            && glyph.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj()) > 1.0f;
                    if (glyph.getUnicode().isBlank() || gap) {
                        add(words, text, page, first, last);
                        first = null;
                    }
                    if (!glyph.getUnicode().isBlank()) {
                        first = first == null ? glyph : first;
                        text.append(glyph.getUnicode());
                    }
                    last = glyph;
                }
                add(words, text, page, first, last);
            }
        }
        return words;
    }

    private static void add(List<Word> words, StringBuilder text, int page, TextPosition first, TextPosition last) {
        if (first != null && !text.isEmpty()) {
            float end = last.getXDirAdj() + last.getWidthDirAdj();
            words.add(new Word(Normalizer.normalize(text.toString(), Normalizer.Form.NFC), page, first.getXDirAdj(),
                    first.getYDirAdj(), end - first.getXDirAdj()));
        }
        text.setLength(0);
    }
}
