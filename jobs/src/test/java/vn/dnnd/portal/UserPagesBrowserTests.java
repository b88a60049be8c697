package vn.dnnd.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dnnd.access.Role;

/**
 * An administrator creates a clerk's account in a real browser, from the navigation to the password shown once;
 * the clerk logs in with it and is asked for a password of its own. Screenshots in target/screenshots.
 */
class UserPagesBrowserTests extends PortalTestServer {

    @TempDir
    Path downloads;

    @Test
    void anAdministratorCreatesAnAccountWhoseShownPasswordLogsInOnce() {
        Account admin = account("browser-admin", Set.of(Role.ADMIN));
        String login = "hn.vanthu-" + Long.toString(System.nanoTime(), 36);
        try (Browser browser = new Browser("http://127.0.0.1:" + port, downloads)) {
            browser.firstLogIn(admin.login(), admin.oneTimePassword(), CHOSEN_PASSWORD);
            assertThat(browser.pageText()).contains("Người dùng", "Mã truy cập API");
            browser.follow("header nav a[href='/admin/users']");
            assertThat(browser.pageText()).contains("Tạo tài khoản", admin.login());

            browser.type("#login", login);
            browser.type("#fullName", "Trần Thị Mai");
            browser.find("#role-SUBMITTER").click();
            browser.type("#organisations", "HN");
            browser.screenshot("admin-users");
            browser.follow("#create");
            assertThat(browser.pageText()).contains("Đã tạo tài khoản " + login, "Mật khẩu dùng một lần");
            String password = browser.find("#one-time-password").getText();
            assertThat(password).hasSize(16);
            browser.screenshot("admin-user-created");

            browser.follow("#main .actions a[href='/admin/users/" + login + "']");
            assertThat(browser.pageText()).contains("Trần Thị Mai", "Chờ đổi mật khẩu").doesNotContain(password);
            browser.screenshot("admin-user");
            browser.open("/admin/tokens");
            browser.screenshot("admin-tokens");

            browser.follow("header form[action='/logout'] button");
            browser.logIn(login, password);
            assertThat(browser.path()).isEqualTo("/password");
        }
    }
}
