package vn.dnnd.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.Select;
import vn.dnnd.access.Role;
import vn.dnnd.support.SubmissionFixture;
import vn.dnnd.support.TestDatabase;

/** The reviewer's journey in a real browser: the status board of 2025, a filter, the workbook downloaded. */
class StatusBoardBrowserTests extends PortalTestServer {

    @TempDir
    Path downloads;

    @Test
    void aReviewerOpensTheBoardOfAPeriodFiltersItAndDownloadsIt() throws Exception {
        TestDatabase.clearCollectedAndComputed(jdbc);
        new SubmissionFixture(jdbc).submit("HN", "2025");
        new SubmissionFixture(jdbc).submit("HAIPHONG", "2025").late();
        Account account = account("browser-reviewer", Set.of(Role.REVIEWER));
        try (Browser browser = new Browser("http://127.0.0.1:" + port, downloads)) {
            browser.firstLogIn(account.login(), account.oneTimePassword(), CHOSEN_PASSWORD);

            browser.follow("header nav a[href='/status']");
            assertThat(browser.path()).startsWith("/status/");
            new Select(browser.find("select[name=period]")).selectByValue("2025");
            browser.follow("form[action='/status'] button");
            assertThat(browser.path()).isEqualTo("/status/2025");
            new Select(browser.find("select[name=region]")).selectByValue("DBSH");
            browser.follow("form[action='/status/2025'] button");

            assertThat(browser.driver().getCurrentUrl()).endsWith("/status/2025?region=DBSH&kind=");
            assertThat(browser.pageText()).contains("Tình hình nộp báo cáo: Báo cáo năm 2025")
                    .contains("Đã gửi, đúng hạn").contains("Đã gửi, quá hạn").contains("Chưa gửi, đã quá hạn")
                    .doesNotContain("Lào Cai");
            assertThat(browser.find("#org-HN").getText()).contains("Hà Nội", "10/12/2025 10:00");
            browser.screenshot("status-board");

            browser.find(".actions a").click();
            Path workbook = browser.downloaded(".xlsx");
            assertThat(workbook.getFileName().toString()).isEqualTo("trang-thai-nop-bao-cao-2025-DBSH.xlsx");
            try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
                Sheet sheet = book.getSheet("Cơ quan, đơn vị");
                assertThat(sheet.getLastRowNum()).isEqualTo(jdbc.queryForObject(
                        "select count(*) from period_reporter where period_code = '2025' and region_code = 'DBSH'",
                        Integer.class));
            }
        }
    }
}
