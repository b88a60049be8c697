package vn.dnnd.reports.pdf;

import java.util.Map;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.model.ReviewReport;
import vn.dnnd.reports.text.Labels;

/**
 * Renders the five-year review ({@link ReviewReport}) as an A4 PDF in the layout of a Party report, in
 * Vietnamese or English, with the same header, footer and templates as the annual summary. Thread-safe.
 */
public final class ReviewReportPdf {

    /** The PDF bytes. */
    public byte[] render(ReviewReport report, ReportLanguage language) {
        Labels labels = Labels.of(language);
        String subject = labels.format("review.subject", report.meta().period().code());
        String title = labels.get("doc.title");
        Map<String, Object> header = HeaderText.parameters(report.meta(), labels, title, subject);
        DocumentBuilder document = ReviewDocument.build(report, language);
        PdfExport.PdfInfo info = new PdfExport.PdfInfo(title + " " + subject, report.meta().header().issuingBody(),
                subject, language);
        return DocumentRenderer.render(document, header, info);
    }
}
