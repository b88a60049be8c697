package vn.dnnd.report;

import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import vn.dnnd.reports.model.AnalystWorkbook;
import vn.dnnd.reports.model.Briefing;
import vn.dnnd.reports.model.SummaryReport;

/**
 * What every report kind renders from, injected once into all of them: the reports library's row
 * models of a request's period, each assembled inside one {@link ReportSnapshot} so that all its parts
 * come from the same published run.
 */
@Component
public record ReportModels(ReportSnapshot snapshot, SummaryAssembler summaries, BriefingAssembler briefings,
                           WorkbookAssembler workbooks) {

    SummaryReport national(ReportRequest request) {
        return snapshot.read(request, summaries::national);
    }

    List<SummaryReport> regions(ReportRequest request) {
        return snapshot.read(request, summaries::regions);
    }

    /** The report of one region of the period's scheme (its code), read in a snapshot of its own. */
    SummaryReport region(ReportRequest request, String regionCode) {
        return snapshot.read(request, basis -> summaries.region(basis, regionCode));
    }

    Briefing briefing(ReportRequest request) {
        return snapshot.read(request, briefings::briefing);
    }

    /** Hands the workbook to {@code write} inside the snapshot: its raw values stream from the open cursor. */
    <T> T workbook(ReportRequest request, Function<AnalystWorkbook, T> write) {
        return snapshot.read(request, basis -> write.apply(workbooks.workbook(basis)));
    }
}
