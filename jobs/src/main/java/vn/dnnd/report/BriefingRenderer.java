package vn.dnnd.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.dnnd.reports.model.Briefing;
import vn.dnnd.reports.pdf.BriefingPdf;

/** Kind {@code briefing}: the leaders' briefing (two pages at most), {@code bao-cao-tom-tat-<period>-<lang>.pdf}. */
@Component
public class BriefingRenderer implements ReportKindRenderer {

    static final String KIND = "briefing";

    private final ReportSnapshot snapshot;
    private final BriefingAssembler briefings;
    private final BriefingPdf pdf = new BriefingPdf();

    public BriefingRenderer(ReportSnapshot snapshot, BriefingAssembler briefings) {
        this.snapshot = snapshot;
        this.briefings = briefings;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<RenderedFile> render(ReportRequest request, Path directory) throws IOException {
        Briefing briefing = snapshot.read(request, briefings::briefing);
        Path file = ReportFileNames.write(directory, ReportFileNames.briefing(request), pdf.render(briefing, request.language()));
        return List.of(new RenderedFile(KIND, "national", file));
    }
}
