package vn.dnnd.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dnnd.access.Role;
import vn.dnnd.operations.BatchControl;

/**
 * The administrator's journey in a real browser: from the navigation to the job monitor, a failed run, its
 * restart through the confirmation, and the new run's page, whose counts and status htmx brings up to date
 * under the content security policy, without the page being loaded again.
 */
class JobMonitorBrowserTests extends PortalTestServer {

    @Autowired
    BatchControl control;
    @Autowired
    JobRepository jobRepository;

    @TempDir
    Path downloads;

    @Test
    void anAdministratorRestartsAFailedRunAndWatchesItCompleteWithoutReloadingThePage() throws Exception {
        ChunkedRuns runs = new ChunkedRuns(control, jobRepository, jdbc);
        String target = ChunkedRuns.target("browser");
        long failed = runs.failed(target, 100, 15).getId();
        runs.removeConflict(target);
        // The restart has 9 chunks to write: 0.7 s each leaves time to watch it run (htmx polls every 2 s).
        runs.pace(target, 700);
        Account account = account("browser-admin", Set.of(Role.ADMIN));
        try (Browser browser = new Browser("http://127.0.0.1:" + port, downloads)) {
            browser.firstLogIn(account.login(), account.oneTimePassword(), CHOSEN_PASSWORD);
            assertThat(browser.pageText()).contains("Giám sát job");

            browser.follow("header nav a[href='/admin/jobs']");
            assertThat(browser.find("h1").getText()).isEqualTo("Giám sát các lần chạy job");
            assertThat(browser.find("#execution-" + failed).getText()).contains("chunkedJob", "Lỗi", "target=" + target);
            browser.screenshot("jobs-list");

            browser.follow("#execution-" + failed + " a");
            assertThat(browser.path()).isEqualTo("/admin/jobs/" + failed);
            assertThat(browser.find("ul.failures").getText()).contains("chunkedStep: FatalStepExecutionException: "
                    + "Unable to process chunk — PSQLException: ERROR: duplicate key value violates unique constraint");
            browser.screenshot("jobs-failed");

            browser.follow("#restart");
            assertThat(browser.find("h1").getText()).isEqualTo("Chạy lại lần chạy #" + failed + " (chunkedJob)?");
            browser.screenshot("jobs-confirm-restart");
            browser.follow("#confirm");

            assertThat(browser.path()).startsWith("/admin/jobs/").isNotEqualTo("/admin/jobs/" + failed);
            assertThat(browser.find("#done").getText()).isEqualTo("Đã chạy lại lần chạy #" + failed + "; đây là lần chạy mới.");
            WebElement page = browser.find("html");
            // htmx replaces the section under the test's feet: an element read mid-swap is stale, read it again.
            WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(60), Duration.ofMillis(200));
            wait.ignoring(StaleElementReferenceException.class);
            wait.until(d -> written(browser) > 0 && written(browser) < 90);
            browser.screenshot("jobs-running");
            wait.until(d -> browser.find("#status").getText().startsWith("Hoàn thành"));

            assertThat(page.getTagName()).as("the same page, brought up to date by htmx").isEqualTo("html");
            assertThat(browser.find("#done").isDisplayed()).isTrue();
            assertThat(written(browser)).isEqualTo(90);
            assertThat(browser.find("#progress").getAttribute("hx-trigger")).as("polling ends with the run").isNull();
            browser.screenshot("jobs-completed");
        }
        assertThat(runs.written(target)).isEqualTo(100);
    }

    /** chunkedStep's written count on the page now; 0 while the step has not begun. */
    private static long written(Browser browser) {
        var cells = browser.driver().findElements(By.cssSelector("#step-chunkedStep td.written"));
        return cells.isEmpty() ? 0 : Long.parseLong(cells.get(0).getText().replace(".", ""));
    }
}
