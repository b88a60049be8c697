package vn.dnnd.submission;

import static vn.dnnd.submission.template.TemplateLayout.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The corpus files that are too large to commit (50 MB, a zip bomb) or that must come from the
 * template of the current catalogue (formulas, dates in number cells, a stale catalogue checksum).
 * See src/test/resources/intake-corpus/README.md.
 */
final class GeneratedCorpus {

    private GeneratedCorpus() {
    }

    static void hugeCsv(Path file) throws IOException {
        byte[] line = "HN,2025,T1.DISSEM_EVENTS,12,ghi chú lặp lại để tệp thật lớn\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("organisation,period,indicator,value,note\n".getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
    }

    /** A .xlsx of a few hundred KB whose first part, read on opening, inflates to 256 MB of blanks. */
    static void zipBomb(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] blanks = new byte[1024 * 1024];
            Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < 256; i++) {
                zip.write(blanks);
            }
            zip.write("</Types>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    /** The template, filled with {@code answers}, then changed by {@code edit} as a clerk might. */
    static byte[] filledTemplate(byte[] template, Map<String, Object> answers, Consumer<XSSFWorkbook> edit)
            throws Exception {
        byte[] filled = SubmissionChannelsTests.fillLikeAClerk(template, answers);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(filled))) {
            edit.accept(workbook);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static Cell valueCell(XSSFWorkbook workbook, String code) {
        for (Row row : workbook.getSheet(INDICATORS_SHEET)) {
            Cell cell = row.getCell(COL_CODE);
            if (row.getRowNum() >= INDICATOR_FIRST_ROW && cell != null && code.equals(cell.getStringCellValue())) {
                return row.getCell(COL_VALUE);
            }
        }
        throw new IllegalArgumentException("no row for " + code);
    }

    /** A formula with the result Excel would save with it ({@code evaluate}), or with no result at all. */
    static Consumer<XSSFWorkbook> formula(String code, String formula, boolean evaluate) {
        return workbook -> {
            Cell cell = valueCell(workbook, code);
            cell.setBlank();
            cell.setCellFormula(formula);
            if (evaluate) {
                workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
            }
        };
    }

    /** A number cell that Excel shows as a date, as when "12/3" is typed into it. */
    static Consumer<XSSFWorkbook> dateIn(String code) {
        return workbook -> {
            Cell cell = valueCell(workbook, code);
            CellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(cell.getCellStyle());
            style.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            cell.setCellValue(LocalDate.of(2025, 3, 12));
            cell.setCellStyle(style);
        };
    }

    static Consumer<XSSFWorkbook> staleCatalogue() {
        return workbook -> {
            Sheet meta = workbook.getSheet(META_SHEET);
            meta.getRow(5).getCell(1).setCellValue("0".repeat(64));
        };
    }
}
