package vn.dnnd.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.dnnd.report.Edition;

/**
 * What a reader finds in each file of an edition, keyed by language and file name: a PDF's text (PDFBox), a
 * workbook's cells sheet by sheet. The edition's number and the minute it was made are the only words two
 * editions of the same figures may differ in, so they are replaced by a mark.
 */
final class EditionContents {

    private EditionContents() {
    }

    static Map<String, String> of(Edition edition) throws IOException {
        Map<String, String> contents = new LinkedHashMap<>();
        for (Edition.Artifact file : edition.files()) {
            String text = switch (file.format()) {
                case "pdf" -> pdf(file.path());
                case "xlsx" -> workbook(file.path());
                default -> Files.readString(file.path());
            };
            contents.put(file.language() + "/" + file.fileName(), normalised(text, edition.number()));
        }
        return contents;
    }

    private static String normalised(String text, int edition) {
        return text.replaceAll("lần lập thứ " + edition + "\\b", "lần lập thứ N")
                .replaceAll("(?i)edition " + edition + "\\b", "edition N")
                .replaceAll("(?m)^(Lần lập|Edition)\t" + edition + "\t", "$1\tN\t")
                .replaceAll("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}(:\\d{2})?", "DD/MM/YYYY HH:MM")
                .replaceAll("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?([+-]\\d{2}:\\d{2}|Z)?", "YYYY-MM-DDTHH:MM");
    }

    private static String pdf(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String workbook(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        DataFormatter formatter = new DataFormatter();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                text.append("# ").append(sheet.getSheetName()).append('\n');
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(formatter.formatCellValue(cell)).append('\t');
                    }
                    text.append('\n');
                }
            }
        }
        return text.toString();
    }
}
