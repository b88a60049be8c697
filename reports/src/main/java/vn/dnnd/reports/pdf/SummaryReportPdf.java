package vn.dnnd.reports.pdf;

import java.util.Map;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.model.SummaryReport;
import vn.dnnd.reports.text.Labels;

/**
 * Renders the annual summary (a {@link SummaryReport} of national scope) or a region's report (region
 * scope) as an A4 PDF in the layout of a Party report, in Vietnamese or English. Thread-safe: the
 * templates are compiled once per process and shared.
 */
public final class SummaryReportPdf {

    /** The PDF bytes. */
    public byte[] render(SummaryReport report, ReportLanguage language) {
        Labels labels = Labels.of(language);
        String regionName = report.isNational() ? null : report.scope().name().in(language);
        String subject = HeaderText.subject(report.meta(), labels, regionName);
        String title = labels.get("doc.title");
        Map<String, Object> header = HeaderText.parameters(report.meta(), labels, title, subject);
        DocumentBuilder document = SummaryDocument.build(report, language);
        PdfExport.PdfInfo info = new PdfExport.PdfInfo(title + " " + subject, report.meta().header().issuingBody(),
                subject, language);
        return DocumentRenderer.render(document, header, info);
    }
}
