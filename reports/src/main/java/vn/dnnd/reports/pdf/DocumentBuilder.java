package vn.dnnd.reports.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.util.JRStringUtil;
import vn.dnnd.reports.model.Excerpt;
import vn.dnnd.reports.text.Labels;

/**
 * The flow of a document as rows for {@code document.jrxml}: each row is one block (paragraph,
 * quotation, table, chart, page break, closing) and carries the section and subsection it belongs to,
 * whose headings the template prints as group headers, with anchors for the table of contents.
 */
final class DocumentBuilder {

    static final String TOC_TEMPLATE = "toc";

    private final Labels labels;
    private final List<Map<String, Object>> blocks = new ArrayList<>();
    private final List<Map<String, ?>> tocEntries = new ArrayList<>();
    private final Map<String, Integer> tocPages = new HashMap<>();
    private String section;
    private String sectionTitle;
    private String subsection;
    private String subsectionTitle;
    private final java.util.Set<String> anchorNames = new java.util.HashSet<>();
    private int keeps;
    private int tables;
    private int charts;
    private String keep = "start";

    DocumentBuilder(Labels labels) {
        this.labels = labels;
    }

    Labels labels() {
        return labels;
    }

    /** A heading of the first level ("I. ..."), listed in the table of contents. */
    void section(String title) {
        section = anchor(title);
        sectionTitle = title;
        subsection = null;
        subsectionTitle = null;
        tocEntries.add(Map.of("title", title, "level", 1, "anchor", section));
    }

    /** A heading of the second level ("1. ..."); listed in the table of contents when asked. */
    void subsection(String title, boolean listed) {
        subsection = anchor(title);
        subsectionTitle = title;
        if (listed) {
            tocEntries.add(Map.of("title", title, "level", 2, "anchor", subsection));
        }
    }

    /** A paragraph of plain text (escaped here), optionally led by a short bold-italic line. */
    void paragraph(String lead, String text) {
        styledParagraph(lead, escape(text));
    }

    /** A paragraph already in Jasper's styled markup; every piece of data in it must be escaped. */
    void styledParagraph(String lead, String styledText) {
        Map<String, Object> block = block("para");
        block.put("lead", lead);
        block.put("text", styledText);
    }

    /** "- what the organisation wrote (its name)", the name in italics. */
    void excerpt(String lead, Excerpt excerpt) {
        styledParagraph(lead, "- " + escape(excerpt.text().strip()) + " <style isItalic=\"true\">("
                + escape(excerpt.organisationName()) + ")</style>");
    }

    /** Excerpts one after another, the lead on the first; nothing at all when there are none. */
    void excerpts(String lead, List<Excerpt> excerpts) {
        for (int i = 0; i < excerpts.size(); i++) {
            excerpt(i == 0 ? lead : null, excerpts.get(i));
        }
    }

    void quote(String text) {
        block("quote").put("text", escape(text));
    }

    /** A table: a subreport template, its rows and parameters; a note is printed under it by templates with one. */
    void table(String template, String caption, List<? extends Map<String, ?>> rows, Map<String, Object> params,
            String note) {
        keep = "keep" + keeps++;
        Map<String, Object> block = block("table");
        block.put("template", template);
        block.put("caption", caption);
        block.put("rows", rows);
        Map<String, Object> parameters = new HashMap<>(params);
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels.bundle());
        parameters.put(JRParameter.REPORT_LOCALE, labels.language().locale());
        parameters.put("NOTE", note);
        block.put("params", parameters);
    }

    void chart(String caption, List<? extends Map<String, ?>> bars, String legendPrevious, String legendCurrent,
            String note) {
        keep = "keep" + keeps++;
        Map<String, Object> block = block("chart");
        block.put("caption", caption);
        block.put("rows", bars);
        block.put("legendPrevious", legendPrevious);
        block.put("legendCurrent", legendCurrent);
        block.put("note", note);
    }

    /** The table of contents; its entries are the headings added after it, its pages known after a fill. */
    void tableOfContents(String caption) {
        table(TOC_TEMPLATE, caption, tocEntries, Map.of("PAGES", tocPages), null);
    }

    void pageBreak() {
        block("break");
    }

    /**
     * "Nơi nhận:" with its lines at the left, the signature block at the right, under the last heading (which it
     * does not repeat). The body's last paragraph moves into the closing's row so that the two are never parted: in
     * Party practice the page that carries the signature also carries the last lines of the text.
     */
    void closing(List<String> recipients, String capacity, String title, String name) {
        Map<String, Object> paragraph = blocks.isEmpty() ? Map.of() : blocks.get(blocks.size() - 1);
        boolean pulled = "para".equals(paragraph.get("kind"));
        if (pulled) {
            blocks.remove(blocks.size() - 1);
        }
        Map<String, Object> closing = block("closing");
        closing.putAll(ClosingText.fields(labels, recipients, capacity, title, name));
        if (pulled) {
            closing.put("lead", paragraph.get("lead"));
            closing.put("text", paragraph.get("text"));
        }
    }

    /** "Bảng 3. caption": tables are numbered through the document. */
    String tableCaption(String caption) {
        return labels.format("caption.table", ++tables, caption);
    }

    /** "Biểu đồ 2. caption" */
    String chartCaption(String caption) {
        return labels.format("caption.chart", ++charts, caption);
    }

    List<Map<String, Object>> blocks() {
        return blocks;
    }

    /** Where the headings landed, filled in between the two fills of the document. */
    Map<String, Integer> tocPages() {
        return tocPages;
    }

    static String escape(String text) {
        return text == null ? null : JRStringUtil.xmlEncode(text);
    }

    private Map<String, Object> block(String kind) {
        Map<String, Object> block = new LinkedHashMap<>();
        block.put("kind", kind);
        block.put("section", section);
        block.put("sectionTitle", sectionTitle);
        block.put("sectionAnchor", section);
        block.put("subsection", subsection);
        block.put("subsectionTitle", subsectionTitle);
        block.put("subsectionAnchor", subsection);
        block.put("keep", keep);
        blocks.add(block);
        return block;
    }

    /**
     * A heading's anchor is its text, because a PDF reader shows the anchor as the bookmark; a heading repeated in
     * another section gets zero-width spaces appended, so that it stays a distinct link target yet reads the same.
     */
    private String anchor(String title) {
        String name = title;
        while (!anchorNames.add(name)) {
            name = name + "\u200B";
        }
        return name;
    }
}
