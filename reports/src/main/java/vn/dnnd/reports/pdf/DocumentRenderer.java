package vn.dnnd.reports.pdf;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRPrintAnchor;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import vn.dnnd.reports.text.Labels;

/**
 * Fills {@code document.jrxml} with a built document and writes the PDF. The table of contents needs
 * the pages its headings land on, which are known only after a fill: the document is filled once with
 * the page column empty, the anchors are read off the pages, and filled again with the numbers. The
 * entries take the same room both times, so the second fill lands every heading where the first did
 * (checked, and filled a third time if a heading ever moved).
 */
final class DocumentRenderer {

    static final String MASTER = "document";
    static final List<String> SUBREPORTS = List.of(DocumentBuilder.TOC_TEMPLATE, "table-indicators",
            "table-completeness", "table-organisations", "table-matrix");
    private static final int MAX_FILLS = 3;

    private DocumentRenderer() {
    }

    static byte[] render(DocumentBuilder document, Map<String, Object> headerParameters, PdfExport.PdfInfo info) {
        Labels labels = document.labels();
        Map<String, Object> parameters = new HashMap<>(headerParameters);
        parameters.put("TEMPLATES", JasperTemplates.all(SUBREPORTS.toArray(String[]::new)));
        parameters.put(JRParameter.REPORT_LOCALE, labels.language().locale());
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels.bundle());
        JasperPrint print = fill(document, parameters);
        for (int fill = 1; fill < MAX_FILLS; fill++) {
            Map<String, Integer> pages = anchorPages(print);
            if (pages.equals(document.tocPages())) {
                break;
            }
            document.tocPages().clear();
            document.tocPages().putAll(pages);
            print = fill(document, parameters);
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
        PdfExport.write(print, info, pdf);
        return pdf.toByteArray();
    }

    private static JasperPrint fill(DocumentBuilder document, Map<String, Object> parameters) {
        try {
            return JasperFillManager.fillReport(JasperTemplates.get(MASTER), new HashMap<>(parameters),
                    new JRMapCollectionDataSource(List.copyOf(document.blocks())));
        } catch (JRException e) {
            throw new IllegalStateException("filling the report failed: " + e.getMessage(), e);
        }
    }

    /** The page (1-based) each anchor stands on. */
    static Map<String, Integer> anchorPages(JasperPrint print) {
        Map<String, Integer> pages = new HashMap<>();
        List<JRPrintPage> printPages = print.getPages();
        for (int index = 0; index < printPages.size(); index++) {
            collect(printPages.get(index).getElements(), index + 1, pages);
        }
        return pages;
    }

    private static void collect(List<JRPrintElement> elements, int page, Map<String, Integer> pages) {
        for (JRPrintElement element : elements) {
            if (element instanceof JRPrintAnchor anchor && anchor.getAnchorName() != null) {
                pages.putIfAbsent(anchor.getAnchorName(), page);
            }
            if (element instanceof JRPrintFrame frame) {
                collect(frame.getElements(), page, pages);
            }
        }
    }
}
