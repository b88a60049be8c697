package vn.dnnd.report;

import org.springframework.stereotype.Component;
import vn.dnnd.reports.pdf.SummaryReportPdf;

/** Kind {@code summary}: the national annual summary, {@code bao-cao-tong-hop-<period>-<lang>.pdf}. */
@Component
public class SummaryRenderer extends NationalPdfRenderer {

    public SummaryRenderer(ReportModels models) {
        super("summary", models, ReportFileNames::summary,
                request -> new SummaryReportPdf().render(models.national(request), request.language()));
    }
}
