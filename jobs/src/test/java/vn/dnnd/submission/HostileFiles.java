package vn.dnnd.submission;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.dnnd.submission.template.TemplateLayout;

/**
 * Hostile inbox files made at run time, because they are large or must come from the current template:
 * an .xlsx whose shared strings inflate about 80 times (past POI's ratio check) to far more than a heap
 * holds, a macro-enabled workbook renamed .xlsx, a sheet of too many cells, a CSV of too many lines, a
 * name longer than an archive name may be. See src/test/resources/intake-corpus/README.md.
 */
public final class HostileFiles {

    /** 179 letters and spaces, 238 bytes of UTF-8: with a version and time in front, too long for a file name. */
    public static final String LONG_NAME = "Báo cáo kết quả thực hiện Chỉ thị 12-CT-TW về công tác đối ngoại nhân dân năm 2025 "
            + "của Tỉnh ủy Gia Lai gửi Ban Đối ngoại Trung ương, kèm phụ lục số liệu và hoạt động tiêu biểu.csv";

    private HostileFiles() {
    }

    /**
     * A workbook of a few MB whose {@code xl/sharedStrings.xml} inflates to {@code inflatedBytes}, at
     * about 80:1, so that POI's inflate-ratio guard lets it through.
     */
    public static void sharedStringsBomb(Path file, long inflatedBytes) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(Deflater.BEST_SPEED);
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            zip.write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">".getBytes(StandardCharsets.UTF_8));
            byte[] plain = "<si><t>Giao lưu hữu nghị</t></si>".getBytes(StandardCharsets.UTF_8);
            StringBuilder block = new StringBuilder();
            long written = 0;
            for (long i = 0; written < inflatedBytes; i++) {
                block.setLength(0);
                block.append("<si><t>Giao lưu hữu nghị số ").append(i).append("</t></si>");
                byte[] numbered = block.toString().getBytes(StandardCharsets.UTF_8);
                zip.write(numbered);
                written += numbered.length;
                for (int k = 0; k < 7; k++) {
                    zip.write(plain);
                    written += plain.length;
                }
            }
            zip.write("</sst>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    /** A filled template with a VBA project added and its workbook declared macro-enabled, as an .xlsm renamed. */
    public static byte[] macroEnabled(byte[] workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("[Content_Types].xml")) {
                    content = new String(content, StandardCharsets.UTF_8).replace(
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                            "application/vnd.ms-excel.sheet.macroEnabled.main+xml").getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("xl/vbaProject.bin"));
            zip.write(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 'V', 'B', 'A'});
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** A filled template whose activity sheet holds {@code rows} rows of five inline-text cells. */
    public static byte[] manyCells(byte[] workbook, int rows) throws IOException {
        String sheetPart;
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            XSSFSheet activities = read.getSheet(TemplateLayout.ACTIVITIES_SHEET);
            sheetPart = activities.getPackagePart().getPartName().getName().substring(1);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(sheetPart)) {
                    writeRows(zip, rows);
                } else {
                    zip.write(content);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static void writeRows(OutputStream out, int rows) throws IOException {
        StringBuilder xml = new StringBuilder("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData>");
        for (int r = 1; r <= rows; r++) {
            xml.append("<row r=\"").append(r).append("\">");
            for (char column = 'A'; column <= 'E'; column++) {
                xml.append("<c r=\"").append(column).append(r).append("\" t=\"inlineStr\"><is><t>x</t></is></c>");
            }
            xml.append("</row>");
        }
        out.write(xml.append("</sheetData></worksheet>").toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A CSV of the organisation's header and {@code lines} tiny lines. */
    public static void manyLines(Path file, int lines) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("organisation,period,indicator,value,note\n".getBytes(StandardCharsets.UTF_8));
            byte[] line = "HN,2025,X,1,\n".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < lines; i++) {
                out.write(line);
            }
        }
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
