package vn.dnnd.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dnnd.access.Role;

/** The portal's journeys in a real browser, as each kind of user walks them. Screenshots in target/screenshots. */
class PortalBrowserTests extends PortalTestServer {

    @TempDir
    Path downloads;

    @Test
    void aNewUserLogsInChangesTheOneTimePasswordAndSeesWhatTheRoleMayOpen() {
        Account account = account("browser-leader", Set.of(Role.LEADER));
        try (Browser browser = new Browser("http://127.0.0.1:" + port, downloads)) {
            browser.open("/");
            assertThat(browser.path()).isEqualTo("/login");
            browser.screenshot("login");

            browser.logIn(account.login(), account.oneTimePassword());
            assertThat(browser.path()).isEqualTo("/password");
            browser.type("#current", account.oneTimePassword());
            browser.type("#chosen", CHOSEN_PASSWORD);
            browser.type("#repeated", CHOSEN_PASSWORD);
            browser.screenshot("password");
            browser.follow("#change");

            assertThat(browser.path()).isEqualTo("/");
            assertThat(browser.pageText()).contains("Đã đổi mật khẩu.").contains("Báo cáo tổng hợp")
                    .doesNotContain("Nộp báo cáo");
            browser.screenshot("home-leader");
            browser.follow("a[lang=en]");
            assertThat(browser.pageText()).contains("Summary reports").contains("Log out");
            browser.follow("header form button");
            assertThat(browser.path()).isEqualTo("/login");
        }
    }
}
