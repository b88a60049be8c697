package vn.dnnd.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dnnd.access.ApiTokens;
import vn.dnnd.access.AuditLog;
import vn.dnnd.access.Role;

/**
 * The portal's door as a user meets it: the first login must choose a password, wrong passwords lock the
 * account, forms without their CSRF token are refused, tokens and sessions are checked, every page carries
 * the security headers, and the audit table says who did what from where.
 */
class PortalLoginTests extends PortalTestServer {

    @Autowired
    ApiTokens tokens;

    @Test
    void theFirstLoginMustChooseAPasswordBeforeAnythingElse() {
        Account account = account("first", Set.of(Role.LEADER));
        PortalClient browser = anonymous();

        browser.login(account.login(), account.oneTimePassword()).expectRedirect("/password");
        browser.get("/").expectRedirect("/password");
        browser.get("/api/v1/periods/2025/editions").expectStatus(403);
        // A short password is refused on the page, in both languages; the one-time password still holds.
        PortalClient.Response refused = browser.changePassword(account.oneTimePassword(), "ngắn");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text()).contains("Mật khẩu mới cần ít nhất 12 ký tự").contains("at least 12 characters");
        browser.changePassword(account.oneTimePassword(), CHOSEN_PASSWORD).expectRedirect("/?passwordChanged");

        PortalClient.Response home = browser.get("/?passwordChanged").expectStatus(200);
        assertThat(home.text()).contains("Đã đổi mật khẩu.").contains(account.login()).contains("href=\"/reports\"")
                .doesNotContain("href=\"/submit\"");
        // The one-time password is gone: only the chosen one opens the account now.
        anonymous().login(account.login(), account.oneTimePassword()).expectRedirect("/login?error");
        anonymous().login(account.login(), CHOSEN_PASSWORD).expectRedirect("/");
        assertThat(audit(account.login(), AuditLog.PASSWORD_CHANGE)).isEqualTo(1);
        assertThat(audit(account.login(), AuditLog.LOGIN_SUCCESS)).isEqualTo(2);
        assertThat(audit(account.login(), AuditLog.LOGIN_FAILURE)).isEqualTo(1);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountUntilAnAdministratorUnlocksIt() {
        Account account = account("locked", Set.of(Role.ANALYST));
        for (int i = 0; i < 5; i++) {
            anonymous().login(account.login(), "sai-mật-khẩu-" + i).expectRedirect("/login?error");
        }
        // Locked: even the right password is refused, and the page says why.
        PortalClient browser = anonymous();
        browser.login(account.login(), account.oneTimePassword()).expectRedirect("/login?locked");
        assertThat(browser.get("/login?locked").text()).contains("Tài khoản tạm khóa");
        assertThat(audit(account.login(), AuditLog.LOGIN_LOCKED)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select failed_logins from app_user where login = ?", Integer.class,
                account.login())).isEqualTo(5);

        users.unlock(account.login(), "test-admin");
        anonymous().login(account.login(), account.oneTimePassword()).expectRedirect("/password");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        Account account = account("csrf", Set.of(Role.REVIEWER));
        PortalClient browser = anonymous();
        browser.login(account.login(), account.oneTimePassword()).expectRedirect("/password");

        browser.postFormExactly("/password", Map.of("current", account.oneTimePassword(), "chosen", CHOSEN_PASSWORD,
                "repeated", CHOSEN_PASSWORD)).expectStatus(403);
        assertThat(audit(account.login(), AuditLog.PASSWORD_CHANGE)).isZero();
        // Nor can a login form be posted from elsewhere.
        anonymous().postFormExactly("/login", Map.of("username", account.login(), "password", account.oneTimePassword()))
                .expectStatus(403);
    }

    @Test
    void everyPageCarriesTheSecurityHeadersAndVisitorsAreSentToTheLogin() {
        PortalClient.Response login = anonymous().get("/login").expectStatus(200);
        assertThat(login.header("Content-Security-Policy")).contains("script-src 'self'").contains("frame-ancestors 'none'");
        assertThat(login.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(login.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(login.header("Content-Type")).contains("UTF-8");
        assertThat(login.text()).contains("Đăng nhập").doesNotContain("style=\"").doesNotContain("<script>");

        anonymous().get("/").expectRedirect("/login");
        anonymous().get("/status").expectRedirect("/login");
        PortalClient.Response api = anonymous().get("/api/v1/periods/2025/status").expectStatus(401);
        assertThat(api.text()).contains("\"message_vi\"").contains("\"message_en\"");
    }

    @Test
    void theEnglishSwitchTranslatesThePageAndIsRemembered() {
        PortalClient browser = anonymous();
        assertThat(browser.get("/login?lang=en").text()).contains("Log in").contains("lang=\"en\"");
        assertThat(browser.get("/login").text()).contains("Log in").contains("Tiếng Việt");
        assertThat(browser.get("/login?lang=vi").text()).contains("Đăng nhập");
    }

    @Test
    void aRevokedOrUnknownTokenIsAnswered401AndAudited() {
        ApiTokens.Issued issued = tokens.create("HN", "test", "test-admin");
        tokens.revoke(issued.tokenId(), "test-admin");
        PortalClient program = anonymous().withToken(issued.secret());

        PortalClient.Response refused = program.get("/api/v1/periods/2025/status").expectStatus(401);
        assertThat(refused.text()).contains("thu hồi").contains("revoked");
        anonymous().withToken("dnnd_not-a-token").get("/api/v1/periods/2025/status").expectStatus(401);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = ? and target = ?",
                Integer.class, AuditLog.TOKEN_REFUSED, "/api/v1/periods/2025/status")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void errorPagesShowNoStackTrace() {
        PortalClient browser = loggedIn("errors", Set.of(Role.LEADER));
        PortalClient.Response missing = browser.get("/no-such-page");
        assertThat(missing.status()).isIn(403, 404);
        assertThat(missing.text()).doesNotContain("Exception").doesNotContain("at vn.dnnd").doesNotContain("at org.");
    }

    private int audit(String login, String action) {
        return jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = ?", Integer.class,
                login, action);
    }
}
