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
public class RegionReportRenderer implements ReportKindRenderer {

    static final String KIND = "region";

    private final ReportSnapshot snapshot;
    private final SummaryAssembler summaries;
    private final SummaryReportPdf pdf = new SummaryReportPdf();

    public RegionReportRenderer(ReportSnapshot snapshot, SummaryAssembler summaries) {
        this.snapshot = snapshot;
        this.summaries = summaries;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<RenderedFile> render(ReportRequest request, Path directory) throws IOException {
        List<RenderedFile> files = new ArrayList<>();
        for (SummaryReport report : snapshot.read(request, summaries::regions)) {
            String code = report.scope().code();
            Path file = ReportFileNames.write(directory, ReportFileNames.region(request, code),
                    pdf.render(report, request.language()));
            files.add(new RenderedFile(KIND, "region:" + code, file));
        }
        return files;
    }
}
