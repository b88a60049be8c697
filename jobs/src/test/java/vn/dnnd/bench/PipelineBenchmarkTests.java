package vn.dnnd.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dnnd.cli.DnndMain;

/**
 * bench pipeline at a tiny size (20 reporters, 2022–2025) as a user runs it: every phase ran and produced its rows
 * and files.
 */
class PipelineBenchmarkTests {

    @TempDir
    Path work;

    @Test
    void ingestsComputesAndRendersEveryKindOnItsOwnDatabaseAndPrintsEachPhasesHeap() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = DnndMain.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                "bench", "pipeline", "--orgs", "20", "--years", "4", "--work", work.toString());
        assertThat(exit).as(err.toString()).isZero();
        String printed = out.toString();
        assertThat(printed).contains("20 tổ chức (organisations) × 4 năm (years) 2022-2025");
        for (String phase : new String[] {"files", "ingest", "compute", "render"}) {
            Matcher line = Pattern.compile("  " + phase + " +([\\d.]+) ms +([\\d.]+) MB +([\\d.]+) MB +([\\d.]+) MB")
                    .matcher(printed);
            assertThat(line.find()).as(phase + " in\n" + printed).isTrue();
            assertThat(Long.parseLong(line.group(2).replace(".", ""))).as(phase + " peak heap").isPositive();
        }

        Path edition = work.resolve("home/reports/2025/edition-1");
        // the summary, the briefing, the workbook and a report for each of today's six regions, in both languages
        for (String language : new String[] {"vi", "en"}) {
            for (String name : new String[] {"bao-cao-tong-hop", "bao-cao-tom-tat", "bao-cao-vung-BTB", "bao-cao-vung-DBSCL",
                    "bao-cao-vung-DBSH", "bao-cao-vung-DHNTB_TN", "bao-cao-vung-DNB", "bao-cao-vung-TDMNPB"}) {
                assertThat(edition.resolve(language + "/" + name + "-2025-" + language + ".pdf")).isNotEmptyFile();
            }
            assertThat(edition.resolve(language + "/so-lieu-phan-tich-2025-" + language + ".xlsx")).isNotEmptyFile();
        }
        long current = number(printed, "([\\d.]+) giá trị hiện hành năm 2025");
        try (XSSFWorkbook workbook = new XSSFWorkbook(edition.resolve("vi/so-lieu-phan-tich-2025-vi.xlsx").toFile())) {
            Sheet raw = workbook.getSheet("Số liệu gốc");
            assertThat(current).isGreaterThan(20 * 40);
            assertThat((long) raw.getLastRowNum()).isEqualTo(current);
        }
        // the synthetic provinces sit in today's regions, so every region report lists its reporters
        try (PDDocument region = Loader.loadPDF(edition.resolve("vi/bao-cao-vung-DBSH-2025-vi.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(region)).contains("Đơn vị thử");
        }
        assertThat(number(printed, "([\\d.]+) giá trị đã lưu")).isGreaterThanOrEqualTo(4 * current);
    }

    private static long number(String printed, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(printed);
        assertThat(matcher.find()).as(pattern + " in\n" + printed).isTrue();
        return Long.parseLong(matcher.group(1).replace(".", ""));
    }
}
