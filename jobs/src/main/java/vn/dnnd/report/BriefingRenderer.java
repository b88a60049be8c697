package vn.dnnd.report;

import org.springframework.stereotype.Component;
import vn.dnnd.reports.pdf.BriefingPdf;

/** Kind {@code briefing}: the leaders' briefing (two pages at most), {@code bao-cao-tom-tat-<period>-<lang>.pdf}. */
@Component
public class BriefingRenderer extends NationalPdfRenderer {

    public BriefingRenderer(ReportModels models) {
        super("briefing", models, ReportFileNames::briefing,
                request -> new BriefingPdf().render(models.briefing(request), request.language()));
    }
}
