package vn.dnnd.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.junit.jupiter.api.Test;
import vn.dnnd.reports.fixture.SampleData;
import vn.dnnd.reports.fixture.SampleReports;
import vn.dnnd.reports.model.ReportLanguage;

/** A reader's bookmarks carry the headings' own words (they said "h0", "h1", …), in both languages. */
class BookmarkTitlesTests {

    @Test
    void theSummarysBookmarksAreItsHeadings() throws Exception {
        SampleReports reports = new SampleReports(SampleData.load());

        List<String> vi = bookmarks(new SummaryReportPdf().render(reports.summary(), ReportLanguage.VI));
        List<String> en = bookmarks(new SummaryReportPdf().render(reports.summary(), ReportLanguage.EN));

        assertThat(vi).contains("I. TÌNH HÌNH CHUNG", "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CỦA CHỈ THỊ").noneMatch(title -> title.matches("h\\d+"));
        assertThat(vi).anyMatch(title -> title.startsWith("II. "));
        assertThat(en).anyMatch(title -> title.startsWith("I. OVERVIEW")).noneMatch(title -> title.matches("h\\d+"));
    }

    private static List<String> bookmarks(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> titles = new ArrayList<>();
            collect(document.getDocumentCatalog().getDocumentOutline(), titles);
            return titles.stream().map(t -> t.replace("\u200B", "").strip()).toList();
        }
    }

    private static void collect(PDOutlineNode node, List<String> titles) {
        if (node == null) {
            return;
        }
        for (PDOutlineItem item : node.children()) {
            titles.add(item.getTitle());
            collect(item, titles);
        }
    }
}
