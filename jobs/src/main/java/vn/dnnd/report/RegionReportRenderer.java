package vn.dnnd.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.dnnd.reports.model.SummaryReport;
import vn.dnnd.reports.pdf.SummaryReportPdf;

/**
 * Kind {@code region}: one report per region of the scheme in force on the period's last day (the
 * region, then its organisations), {@code bao-cao-vung-<REGION>-<period>-<lang>.pdf}, scope "region:CODE".
 */
@Component
public class RegionReportRenderer extends ModelRenderer {

    public RegionReportRenderer(ReportModels models) {
        super("region", models);
    }

    @Override
    public List<RenderedFile> render(ReportRequest request, Path directory) throws IOException {
        SummaryReportPdf pdf = new SummaryReportPdf();
        List<RenderedFile> files = new ArrayList<>();
        for (SummaryReport report : models().regions(request)) {
            String code = report.scope().code();
            Path file = ReportFileNames.write(directory, ReportFileNames.region(request, code),
                    pdf.render(report, request.language()));
            files.add(file("region:" + code, file));
        }
        return files;
    }
}
