package vn.dnnd.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One kind of report that {@code renderJob} writes for a period: the national summary, the leaders'
 * briefing, the per-region reports or the analyst workbook. The job finds every bean of this type,
 * keeps those whose {@link #kind()} the run asked for, and archives what each one writes.
 */
public interface ReportKindRenderer {

    /** The kind as stored in {@code report_artifact.kind} and given in the job's {@code kinds} parameter. */
    String kind();

    /**
     * Writes this kind's files for the request into {@code directory} (which exists and is empty of
     * this kind's files) and returns them; reads the published computed tables of the period.
     */
    List<RenderedFile> render(ReportRequest request, Path directory) throws IOException;

    /**
     * The kind of reporting period (reporting_period.kind) this kind is rendered for: {@code annual} for the
     * annual reports, {@code review5y} for the five-year review.
     */
    default String periodKind() {
        return "annual";
    }
}
