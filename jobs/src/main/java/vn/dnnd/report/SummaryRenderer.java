package vn.dnnd.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.dnnd.reports.model.SummaryReport;
import vn.dnnd.reports.pdf.SummaryReportPdf;

/** Kind {@code summary}: the national annual summary, {@code bao-cao-tong-hop-<period>-<lang>.pdf}. */
@Component
public class SummaryRenderer implements ReportKindRenderer {

    static final String KIND = "summary";

    private final ReportSnapshot snapshot;
    private final SummaryAssembler summaries;
    private final SummaryReportPdf pdf = new SummaryReportPdf();

    public SummaryRenderer(ReportSnapshot snapshot, SummaryAssembler summaries) {
        this.snapshot = snapshot;
        this.summaries = summaries;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<RenderedFile> render(ReportRequest request, Path directory) throws IOException {
        SummaryReport report = snapshot.read(request, summaries::national);
        Path file = ReportFileNames.write(directory, ReportFileNames.summary(request), pdf.render(report, request.language()));
        return List.of(new RenderedFile(KIND, "national", file));
    }
}
