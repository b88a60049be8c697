package vn.dnnd.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dnnd.access.Role;
import vn.dnnd.submission.Answers;
import vn.dnnd.submission.SubmissionChannelsTests;
import vn.dnnd.submission.reference.IntakeReference;
import vn.dnnd.submission.reference.IntakeReferenceLoader;
import vn.dnnd.submission.upload.Workbooks;

/**
 * The clerk's journey in a real browser: first login, the submit page, the template downloaded, filled with POI
 * and uploaded through the page's file field, "accepted" on the page; a file with words in a number cell, the
 * cell named on the page; its error report and the history. Screenshots in target/screenshots.
 */
class SubmitBrowserTests extends PortalTestServer {

    @TempDir
    Path downloads;
    @TempDir
    Path desk;
    @Autowired
    IntakeReferenceLoader referenceLoader;

    @Test
    void aClerkDownloadsTheTemplateSendsItFilledAndSeesTheVerdicts() throws Exception {
        String period = jdbc.queryForObject("""
                select code from reporting_period where kind = 'annual'
                and (now() at time zone 'Asia/Ho_Chi_Minh')::date between starts_on and locks_on
                order by code desc limit 1""", String.class);
        IntakeReference reference = referenceLoader.load();
        Account account = account("browser-clerk", Set.of(Role.SUBMITTER), "HN");
        try (Browser browser = new Browser("http://127.0.0.1:" + port, downloads)) {
            browser.firstLogIn(account.login(), account.oneTimePassword(), CHOSEN_PASSWORD);
            browser.follow("header nav a[href='/submit']");
            assertThat(browser.pageText()).contains("Nộp báo cáo", "Hà Nội (HN)", "Đang nhận");
            browser.screenshot("submit");

            browser.find("a[href='/submit/HN/" + period + "/template']").click();
            Path template = browser.downloaded(".xlsx");
            assertThat(template.getFileName().toString()).isEqualTo("bieu-mau-HN-" + period + ".xlsx");
            byte[] filled = SubmissionChannelsTests.fillLikeAClerk(Files.readAllBytes(template),
                    Answers.forIndicators(reference.entered("province", reference.period(period).orElseThrow()), 11));

            upload(browser, period, Files.write(desk.resolve("Báo cáo Hà Nội " + period + ".xlsx"), filled));
            assertThat(browser.pageText()).contains("Đã nhận: báo cáo của HN kỳ " + period + " được lưu là phiên bản");
            browser.screenshot("submit-accepted");

            browser.open("/submit");
            upload(browser, period, Files.write(desk.resolve("hn-sai.xlsx"),
                    Workbooks.withText(filled, "T1.DISSEM_EVENTS", "khoảng hai chục")));
            assertThat(browser.pageText()).contains("Tệp bị từ chối", "trang tính Chỉ tiêu ô E",
                    "T1.DISSEM_EVENTS", "not_a_number", "'khoảng hai chục' không phải là số", "is not a number");
            browser.screenshot("submit-rejected");

            browser.find("#main .actions a[href^='/submit/HN/errors/']").click();
            assertThat(Files.readString(browser.downloaded(".csv"), StandardCharsets.UTF_8))
                    .contains("not_a_number", "khoảng hai chục");
            browser.open("/submit/HN/history");
            assertThat(browser.pageText()).contains("Báo cáo Hà Nội " + period + ".xlsx", "hn-sai.xlsx", account.login());
            browser.screenshot("submit-history");
        }
    }

    private static void upload(Browser browser, String period, Path file) {
        browser.find("#file-HN-" + period).sendKeys(file.toAbsolutePath().toString());
        browser.follow("form[action='/submit/HN/" + period + "'] button");
    }
}
