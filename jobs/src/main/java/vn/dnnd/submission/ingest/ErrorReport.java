package vn.dnnd.submission.ingest;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.dnnd.reports.text.FormulaText;

/**
 * The error report written beside a rejected file: every problem, one per line, as a UTF-8 CSV
 * with BOM so that Excel shows the Vietnamese correctly when the clerk opens it. Text that a spreadsheet
 * would take for a formula is written with a leading apostrophe.
 */
final class ErrorReport {

    private static final String[] HEADER = {"Tệp (file)", "Mức độ (severity)", "Quy tắc (rule)", "Trang tính (sheet)",
            "Ô / cột (cell / column)", "Dòng (line)", "Chỉ tiêu (indicator)", "Giá trị (value)", "Thông báo",
            "Message"};

    private ErrorReport() {
    }

    static Path pathFor(Path archivedFile) {
        return archivedFile.resolveSibling(archivedFile.getFileName() + ".errors.csv");
    }

    /** A multi-organisation file's report says, on each line, which organisation, period and part. */
    private static final String[] BUNDLE_HEADER = {"Tệp (file)", "Tổ chức (organisation)", "Kỳ (period)",
            "Phần (part)", "Mức độ (severity)", "Quy tắc (rule)", "Trang tính (sheet)", "Ô / cột (cell / column)",
            "Dòng (line)", "Chỉ tiêu (indicator)", "Giá trị (value)", "Thông báo", "Message"};

    /**
     * Values and file names come from the clerk's file: one that looks like a formula (=HYPERLINK(…),
     * +1+1) must stay text when the report is opened in Excel or LibreOffice.
     */
    private static Object safe(Object field) {
        return field instanceof String text ? FormulaText.forCsv(text) : field;
    }

    static void write(Path report, List<IntakeRecords.IssueLine> issues, boolean bundle) throws IOException {
        Files.createDirectories(report.getParent());
        Path partial = report.resolveSibling(report.getFileName() + ".tmp");
        try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            write(out, issues, bundle);
        }
        Files.move(partial, report, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** The report's text (BOM, header, one line per issue) to {@code out}, which the caller closes. */
    static void write(Writer out, List<IntakeRecords.IssueLine> issues, boolean bundle) throws IOException {
        out.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(bundle ? BUNDLE_HEADER : HEADER).get());
        for (IntakeRecords.IssueLine issue : issues) {
            List<Object> fields = new ArrayList<>();
            fields.add(issue.fileName());
            if (bundle) {
                fields.addAll(Arrays.asList(issue.orgCode(), issue.periodCode(), issue.partRef()));
            }
            fields.addAll(Arrays.asList(issue.severity().equals("error") ? "lỗi (error)" : "cảnh báo (warning)",
                    issue.rule(), issue.sheet(), issue.cell(), issue.line(), issue.indicator(), issue.value(),
                    issue.messageVi(), issue.messageEn()));
            csv.printRecord(fields.stream().map(ErrorReport::safe).toList());
        }
        csv.flush();
    }
}
