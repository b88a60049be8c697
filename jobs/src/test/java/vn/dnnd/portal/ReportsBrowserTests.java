package vn.dnnd.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dnnd.access.Role;
import vn.dnnd.indicator.ComputeService;
import vn.dnnd.indicator.MergerFixture;
import vn.dnnd.report.Edition;
import vn.dnnd.report.RenderService;

/**
 * The readers' journeys in a real browser: a leader opens the 2025 briefing (read back with PDFBox) and finds no
 * analyst workbook; an analyst downloads the workbook (read back with POI) and looks at the figures page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsBrowserTests extends PortalTestServer {

    @Autowired
    ComputeService compute;
    @Autowired
    RenderService render;

    @TempDir
    Path downloads;

    Edition edition;

    @BeforeAll
    void anEdition() {
        MergerFixture.computed(jdbc, reference, compute);
        edition = render.render("2025", "briefing,workbook", "vi");
    }

    @Test
    void aLeaderOpensTheBriefingPdf() throws Exception {
        Account leader = account("browser-leader", Set.of(Role.LEADER));
        long briefing = id("briefing");
        try (Browser browser = new Browser("http://127.0.0.1:" + port, downloads)) {
            browser.firstLogIn(leader.login(), leader.oneTimePassword(), CHOSEN_PASSWORD);
            browser.follow("header nav a[href='/reports']");
            browser.follow("a[href='/reports/2025']");
            assertThat(browser.pageText()).contains("Lần xuất bản 1").contains("Báo cáo tóm tắt")
                    .doesNotContain("Số liệu phân tích");
            browser.screenshot("reports-leader");

            browser.find("a[href='/reports/artifacts/" + briefing + "?download=true']").click();
            Path pdf = browser.downloaded(".pdf");
            try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
                assertThat(new PDFTextStripper().getText(document))
                        .contains("Số đoàn ra thực hiện hoạt động đối ngoại nhân dân");
            }
        }
    }

    @Test
    void anAnalystDownloadsTheWorkbookAndReadsTheFigures() throws Exception {
        Account analyst = account("browser-analyst", Set.of(Role.ANALYST));
        long workbook = id("workbook");
        try (Browser browser = new Browser("http://127.0.0.1:" + port, downloads)) {
            browser.firstLogIn(analyst.login(), analyst.oneTimePassword(), CHOSEN_PASSWORD);
            browser.open("/reports/2025");
            browser.find("a[href='/reports/artifacts/" + workbook + "?download=true']").click();
            Path xlsx = browser.downloaded(".xlsx");
            try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
                assertThat(book.getNumberOfSheets()).isGreaterThan(1);
                assertThat(book.getSheetAt(0).getPhysicalNumberOfRows()).isPositive();
            }

            browser.follow("header nav a[href='/figures']");
            assertThat(browser.path()).isEqualTo("/figures/2025");
            assertThat(browser.pageText()).contains("Số đoàn ra thực hiện hoạt động đối ngoại nhân dân");
            browser.screenshot("figures-analyst");
        }
    }

    private long id(String kind) {
        return edition.files().stream().filter(f -> f.kind().equals(kind)).findFirst().orElseThrow().id();
    }
}
