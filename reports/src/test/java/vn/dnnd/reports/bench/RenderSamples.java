package vn.dnnd.reports.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.dnnd.reports.fixture.SampleData;
import vn.dnnd.reports.fixture.SampleReports;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.model.RowStream;
import vn.dnnd.reports.pdf.BriefingPdf;
import vn.dnnd.reports.pdf.SummaryReportPdf;
import vn.dnnd.reports.xlsx.AnalystWorkbookXlsx;

/**
 * Writes every output of the library for the sample national year into a directory, to look at:
 * {@code java -cp ... vn.dnnd.reports.bench.RenderSamples target/samples}.
 */
public final class RenderSamples {

    private RenderSamples() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/samples");
        Files.createDirectories(out);
        SampleData data = SampleData.load();
        SampleReports reports = new SampleReports(data);
        SummaryReportPdf summary = new SummaryReportPdf();
        for (ReportLanguage language : ReportLanguage.values()) {
            write(out.resolve("tong-hop-2025-" + language.code() + ".pdf"), summary.render(reports.summary(), language));
        }
        BriefingPdf briefing = new BriefingPdf();
        for (ReportLanguage language : ReportLanguage.values()) {
            write(out.resolve("tom-tat-2025-" + language.code() + ".pdf"), briefing.render(reports.briefing(), language));
        }
        write(out.resolve("tom-tat-2025-nhieu-chua-gui-vi.pdf"),
                briefing.render(SampleReports.withManyNotReported(reports.briefing(), 90), ReportLanguage.VI));
        write(out.resolve("vung-DBSH-2025-vi.pdf"), summary.render(reports.regionReport("DBSH"), ReportLanguage.VI));
        for (ReportLanguage language : ReportLanguage.values()) {
            Path file = out.resolve("so-lieu-2025-" + language.code() + ".xlsx");
            try (OutputStream stream = Files.newOutputStream(file)) {
                new AnalystWorkbookXlsx().write(reports.workbook(RowStream.of(reports.rawValues())), language, stream);
            }
            System.out.println(file + " " + Files.size(file) + " bytes");
        }
        System.out.println("written to " + out.toAbsolutePath());
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        try (OutputStream stream = Files.newOutputStream(file)) {
            stream.write(bytes);
        }
        System.out.println(file + " " + bytes.length + " bytes");
    }
}
