package vn.dnnd.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A report kind that can also be rendered one part at a time (the region reports: a region each), so that in the
 * cluster mode each part is a partition of its own on whichever worker takes it. Rendered whole, it writes the
 * same files as all its parts together.
 */
public interface PartedReportKind extends ReportKindRenderer {

    /** The parts of the kind for a period, in the order its whole rendering writes them. */
    List<String> parts(String periodCode);

    /** Writes the files of one of {@link #parts} for the request into {@code directory}, and returns them. */
    List<RenderedFile> renderPart(ReportRequest request, Path directory, String part) throws IOException;
}
