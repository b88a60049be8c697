package vn.dnnd.reports.bench;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import vn.dnnd.reports.fixture.SampleData;
import vn.dnnd.reports.fixture.SampleReports;
import vn.dnnd.reports.model.Briefing;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.model.RowStream;
import vn.dnnd.reports.model.SummaryReport;
import vn.dnnd.reports.pdf.BriefingPdf;
import vn.dnnd.reports.pdf.SummaryReportPdf;
import vn.dnnd.reports.xlsx.AnalystWorkbookXlsx;

/**
 * Render times at national size (the organisations in existence at the end of 2025, 8 tasks, 46
 * indicators, 6 regions): the first render (template compilation included), then warm renders.
 * Arguments: [warm renders per output], default 10.
 */
public final class RenderBenchmark {

    private RenderBenchmark() {
    }

    public static void main(String[] args) {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        SampleData data = SampleData.load();
        SampleReports reports = new SampleReports(data);
        SummaryReport summary = reports.summary();
        SummaryReport region = reports.regionReport("DBSH");
        Briefing briefing = reports.briefing();
        var workbook = reports.workbook(RowStream.of(reports.rawValues()));
        System.out.printf(Locale.ROOT, "national size: %d organisations, %d tasks, %d indicator rows, %d regions%n",
                data.organisations().size(), summary.tasks().size(), data.national().size(), data.regions().size());
        SummaryReportPdf summaries = new SummaryReportPdf();
        BriefingPdf briefings = new BriefingPdf();
        time("annual summary PDF (vi)", iterations, () -> summaries.render(summary, ReportLanguage.VI).length);
        time("annual summary PDF (en)", iterations, () -> summaries.render(summary, ReportLanguage.EN).length);
        time("region report PDF (vi, ĐBSH)", iterations, () -> summaries.render(region, ReportLanguage.VI).length);
        time("leaders' briefing PDF (vi)", iterations, () -> briefings.render(briefing, ReportLanguage.VI).length);
        time("analyst workbook XLSX (vi, " + reports.rawValues().size() + " raw values)", iterations, () -> {
            CountingStream out = new CountingStream();
            new AnalystWorkbookXlsx().write(workbook, ReportLanguage.VI, out);
            return (int) out.count;
        });
    }

    private static void time(String label, int iterations, Supplier<Integer> render) {
        long start = System.nanoTime();
        int bytes = render.get();
        double first = (System.nanoTime() - start) / 1e6;
        double[] warm = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            start = System.nanoTime();
            render.get();
            warm[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(warm);
        System.out.printf(Locale.ROOT, "%-52s first %6.0f ms | warm (%d): min %5.0f ms, median %5.0f ms, max %5.0f ms | %,d bytes%n",
                label, first, iterations, warm[0], warm[iterations / 2], warm[iterations - 1], bytes);
    }

    /** An output stream that only counts, so the workbook timing is not a disk's. */
    private static final class CountingStream extends OutputStream {
        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
