package vn.dnnd.reports.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.dnnd.reports.fixture.ReferenceCsv;
import vn.dnnd.reports.fixture.SampleData;
import vn.dnnd.reports.fixture.SampleReports;
import vn.dnnd.reports.model.AnalystWorkbook;
import vn.dnnd.reports.model.Indicator;
import vn.dnnd.reports.model.RawValueRow;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.model.RowStream;
import vn.dnnd.reports.text.VietnamTime;
import vn.dnnd.reports.xlsx.AnalystWorkbookXlsx;

/**
 * The analyst workbook with N raw values (default 1,000,000) next to plain SXSSF writing the same rows,
 * in the same JVM: time and peak heap of each, after a small warm-up of both. Run it at -Xmx256m (see
 * docs/benchmarks.md for the command). Arguments: [rows] [rounds].
 */
public final class RawValuesBenchmark {

    private RawValuesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        SampleData data = SampleData.load();
        ReferenceCsv reference = ReferenceCsv.locate();
        List<Indicator> indicators = reference.indicators();
        System.out.printf(Locale.ROOT, "java %s, max heap %d MB, %d processors%n", System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors());
        // The workbook's other sheets, built once: the timing is the writer's, not the fixture's.
        AnalystWorkbook rest = new SampleReports(data).workbook(RowStream.empty());
        run("warm-up analyst workbook", 20_000, out -> analystWorkbook(rest, data, indicators, 20_000, out));
        run("warm-up plain SXSSF", 20_000, out -> plainSxssf(data, indicators, 20_000, out));
        for (int round = 1; round <= rounds; round++) {
            run("round " + round + " analyst workbook (10 sheets, raw values streamed)", rows,
                    out -> analystWorkbook(rest, data, indicators, rows, out));
            run("round " + round + " plain SXSSF (raw values only)", rows, out -> plainSxssf(data, indicators, rows, out));
        }
    }

    private static void run(String label, long rows, Writer writer) throws Exception {
        Path file = Files.createTempFile("dnnd-bench", ".xlsx");
        try {
            long start;
            long elapsed;
            HeapWatch heap = new HeapWatch();
            try (heap; OutputStream out = Files.newOutputStream(file)) {
                start = System.nanoTime();
                writer.write(out);
                elapsed = System.nanoTime() - start;
            }
            System.out.printf(Locale.ROOT, "%-62s %,10d rows %7.1f s  peak heap used %4d MB, live after GC %4d MB, file %4d MB%n",
                    label, rows, elapsed / 1e9, heap.peakUsedMb(), heap.peakLiveMb(), Files.size(file) / (1024 * 1024));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void analystWorkbook(AnalystWorkbook rest, SampleData data, List<Indicator> indicators, long rows,
            OutputStream out) {
        RowStream<RawValueRow> raw = RowStream.of(new SyntheticRawValues(data.organisations(), indicators, rows));
        AnalystWorkbook book = new AnalystWorkbook(rest.meta(), rest.national(), rest.byRegion(), rest.byKind(),
                rest.byOrganisation(), rest.tasks(), rest.taskScores(), rest.completeness(), rest.organisations(), rest.issues(), rest.narratives(), raw);
        new AnalystWorkbookXlsx().write(book, ReportLanguage.VI, out);
    }

    /** The same rows and columns with nothing but POI: no formula guard, one style for the date. */
    private static void plainSxssf(SampleData data, List<Indicator> indicators, long rows, OutputStream out)
            throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Sheet sheet = workbook.createSheet("raw");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            Row header = sheet.createRow(0);
            String[] names = {"submission", "version", "organisation", "name", "indicator", "number", "yes/no",
                "n/a", "note", "received"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            int[] index = {1};
            Consumer<RawValueRow> writeRow = value -> {
                Row row = sheet.createRow(index[0]++);
                row.createCell(0).setCellValue(value.submissionId());
                row.createCell(1).setCellValue(value.version());
                row.createCell(2).setCellValue(value.organisationCode());
                row.createCell(3).setCellValue(value.organisationName());
                row.createCell(4).setCellValue(value.indicatorCode());
                if (value.numericValue() != null) {
                    row.createCell(5).setCellValue(value.numericValue().doubleValue());
                }
                if (value.booleanValue() != null) {
                    row.createCell(6).setCellValue(value.booleanValue() ? 1 : 0);
                }
                if (value.notApplicable()) {
                    row.createCell(7).setCellValue(1);
                }
                if (value.note() != null) {
                    row.createCell(8).setCellValue(value.note());
                }
                Cell received = row.createCell(9);
                received.setCellValue(value.receivedAt().atZoneSameInstant(VietnamTime.ZONE).toLocalDateTime());
                received.setCellStyle(date);
            };
            new SyntheticRawValues(data.organisations(), indicators, rows).forEachRemaining(writeRow);
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    @FunctionalInterface
    private interface Writer {
        void write(OutputStream out) throws Exception;
    }
}
