package vn.dnnd.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dnnd.support.SchedulerTestBed.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dnnd.access.Role;

/** The administrator's journey in a real browser: the schedules page, run now, its confirmation, the started page. */
class ScheduleBrowserTests extends PortalTestServer {

    @TempDir
    Path downloads;

    @Autowired
    Scheduler quartz;

    @Test
    void anAdministratorRunsAScheduleNowFromTheSchedulesPage() throws Exception {
        SchedulePagesTests.startQuartz(quartz, jdbc);
        Account account = account("browser-admin", Set.of(Role.ADMIN));
        try (Browser browser = new Browser("http://127.0.0.1:" + port, downloads)) {
            browser.firstLogIn(account.login(), account.oneTimePassword(), CHOSEN_PASSWORD);

            browser.follow("header nav a[href='/admin/schedules']");
            assertThat(browser.path()).isEqualTo("/admin/schedules");
            assertThat(browser.find("#schedule-intake").getText()).contains("ingestJob", "cron 0 0/15 * * * ?", "Đang bật");
            assertThat(browser.pageText()).contains("Phiên bản serve đang hoạt động", quartz.getSchedulerInstanceId());
            browser.screenshot("schedules");
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", browser.find("h2"));
            browser.screenshot("schedules-runs-and-instances");

            browser.follow("#schedule-portal-probe a.run-now");
            assertThat(browser.path()).isEqualTo("/admin/schedules/portal-probe/run");
            assertThat(browser.find("#parameter-fire").getText()).startsWith("fire").contains("String", "có");
            String fire = browser.find("#parameter-fire td code").getText();
            browser.screenshot("schedule-run-confirm");

            browser.follow("form.confirm button");
            assertThat(browser.path()).startsWith("/admin/schedules/portal-probe/started/");
            long execution = Long.parseLong(browser.path().substring(browser.path().lastIndexOf('/') + 1));
            assertThat(browser.pageText()).contains("Đã khởi động probeJob: lần chạy #" + execution);
            assertThat(browser.find("a.follow").getAttribute("href")).endsWith("/admin/jobs/" + execution);
            browser.screenshot("schedule-run-started");
            await("probeJob ran", Duration.ofSeconds(60), () -> SchedulePagesTests.probed(jdbc, execution, fire));
        }
    }
}
