package vn.dnnd.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.dnnd.access.AuditLog;
import vn.dnnd.access.Role;

/**
 * An administrator's users pages over HTTP, as a browser posts their forms (with the CSRF token): an account
 * created on the page logs in with the password shown and must change it; the form refuses what the command
 * line refuses and keeps what was typed; disabling ends the user's session; a change of roles and organisations
 * holds from the user's next page; administrators cannot lock themselves out; every change audited.
 */
class UserPagesTests extends PortalTestServer {

    private static final Pattern ONE_TIME_PASSWORD = Pattern.compile("id=\"one-time-password\">([^<]+)<");

    @Test
    void anAccountCreatedOnThePageLogsInWithTheShownPasswordOnlyToChangeIt() {
        Admin admin = admin();
        String login = unique("nguoi-moi");
        admin.client().get("/admin/users").expectStatus(200);
        PortalClient.Response created = admin.client().postFields("/admin/users", "login", login.toUpperCase(),
                "fullName", "Nguyễn Thị Hoà", "roles", "SUBMITTER", "organisations", "hn, camau").expectStatus(200);
        assertThat(created.text()).contains("Đã tạo tài khoản " + login + ".", "phải đổi mật khẩu khi đăng nhập lần đầu");
        String password = oneTimePassword(created);

        // Shown once: neither the list nor the account's page has it.
        assertThat(admin.client().get("/admin/users").text())
                .contains(login, "Nguyễn Thị Hoà", "CAMAU, HN", "Chờ đổi mật khẩu", "chưa đăng nhập")
                .doesNotContain(password);
        assertThat(admin.client().get("/admin/users/" + login).text()).doesNotContain(password);

        PortalClient user = anonymous();
        user.login(login, password).expectRedirect("/password");
        user.get("/submit").expectRedirect("/password");
        user.changePassword(password, CHOSEN_PASSWORD).expectRedirect("/?passwordChanged");
        assertThat(user.get("/submit").expectStatus(200).text()).contains("(HN)", "(CAMAU)");
        assertThat(admin.client().get("/admin/users/" + login).text()).contains("Đang dùng").doesNotContain("chưa đăng nhập");
        assertThat(audit(admin.login(), AuditLog.USER_CREATE, login)).isEqualTo(1);
    }

    @Test
    void aRefusedFormSaysWhyInBothLanguagesKeepsWhatWasTypedAndCreatesNothing() {
        Admin admin = admin();
        admin.client().get("/admin/users");
        String badLogin = admin.client().postFields("/admin/users", "login", "Nguyễn Văn A", "fullName", "Trưởng phòng",
                "roles", "LEADER").expectStatus(200).text();
        assertThat(badLogin).contains("Tên đăng nhập chỉ gồm chữ không dấu", "a login is 2-64 letters",
                "value=\"Nguyễn Văn A\"", "value=\"Trưởng phòng\"").doesNotContain("type=\"password\"");
        assertThat(badLogin).containsPattern("value=\"LEADER\"[^>]*checked");

        String login = unique("sai-don-vi");
        String unknownOrganisation = admin.client().postFields("/admin/users", "login", login, "roles", "SUBMITTER",
                "organisations", "HN, ATLANTIS").expectStatus(200).text();
        assertThat(unknownOrganisation).contains("Không có đơn vị mã ATLANTIS", "no organisation with code ATLANTIS",
                "value=\"" + login + "\"", "value=\"HN, ATLANTIS\"").containsPattern("value=\"SUBMITTER\"[^>]*checked");

        // On the English page too the reason comes in both languages.
        assertThat(admin.client().get("/admin/users?lang=en").text()).contains("Create an account", "Organisation codes");
        assertThat(admin.client().postFields("/admin/users", "login", login, "fullName", "Lê Văn Bình").text())
                .contains("Create account", "Cần ít nhất một vai trò", "at least one role is needed",
                        "value=\"Lê Văn Bình\"");

        assertThat(jdbc.queryForObject("select count(*) from app_user where login = ?", Integer.class, login)).isZero();
    }

    @Test
    void disablingEndsTheOpenSessionAndRefusesTheLoginUntilAReset() {
        Admin admin = admin();
        Account account = account("bi-khoa", Set.of(Role.ANALYST));
        PortalClient user = firstLogin(account);
        user.get("/reports").expectStatus(200);

        admin.client().get("/admin/users/" + account.login()).expectStatus(200);
        admin.client().postFields("/admin/users/" + account.login() + "/disable")
                .expectRedirect("/admin/users/" + account.login() + "?disabled");
        assertThat(admin.client().get("/admin/users/" + account.login() + "?disabled").text())
                .contains("Đã vô hiệu hóa tài khoản", "Vô hiệu hóa").doesNotContain("id=\"disable\"");
        user.get("/reports").expectRedirect("/login?disabled");
        user.get("/").expectRedirect("/login");
        anonymous().login(account.login(), CHOSEN_PASSWORD).expectRedirect("/login?disabled");

        PortalClient.Response reset = admin.client().postFields("/admin/users/" + account.login() + "/reset").expectStatus(200);
        assertThat(reset.text()).contains("Đã đặt lại mật khẩu của " + account.login());
        PortalClient again = anonymous();
        again.login(account.login(), oneTimePassword(reset)).expectRedirect("/password");
        assertThat(audit(admin.login(), AuditLog.USER_DISABLE, account.login())).isEqualTo(1);
        assertThat(audit(admin.login(), AuditLog.USER_RESET, account.login())).isEqualTo(1);
    }

    @Test
    void anAccountLockedByWrongPasswordsIsUnlockedOnItsPage() {
        Admin admin = admin();
        Account account = account("khoa-tam", Set.of(Role.LEADER));
        for (int i = 0; i < 5; i++) {
            anonymous().login(account.login(), "sai-mật-khẩu-" + i).expectRedirect("/login?error");
        }
        assertThat(admin.client().get("/admin/users/" + account.login()).text())
                .contains("Tạm khóa do nhập sai mật khẩu", "Số lần nhập sai liên tiếp: 5", "id=\"unlock\"");
        admin.client().postFields("/admin/users/" + account.login() + "/unlock")
                .expectRedirect("/admin/users/" + account.login() + "?unlocked");
        assertThat(admin.client().get("/admin/users/" + account.login() + "?unlocked").text())
                .contains("Đã mở khóa tài khoản").doesNotContain("id=\"unlock\"");
        anonymous().login(account.login(), account.oneTimePassword()).expectRedirect("/password");
        assertThat(audit(admin.login(), AuditLog.USER_UNLOCK, account.login())).isEqualTo(1);
    }

    @Test
    void changedRolesAndOrganisationsHoldFromTheUsersNextPage() {
        Admin admin = admin();
        Account account = account("doi-don-vi", Set.of(Role.SUBMITTER), "HN");
        PortalClient user = firstLogin(account);
        assertThat(user.get("/submit").text()).contains("(HN)").doesNotContain("(CAMAU)");
        user.get("/submit/CAMAU/history").expectStatus(403);

        String page = "/admin/users/" + account.login();
        admin.client().get(page);
        admin.client().postFields(page, "fullName", "Phạm Thu Trang", "roles", "SUBMITTER", "organisations", "HN CAMAU")
                .expectRedirect(page + "?changed");
        assertThat(admin.client().get(page + "?changed").text()).contains("Đã lưu thay đổi", "Phạm Thu Trang",
                "value=\"CAMAU, HN\"");
        assertThat(user.get("/submit").text()).contains("(HN)", "(CAMAU)");
        user.get("/submit/CAMAU/history").expectStatus(200);

        // A submitter without organisations is refused, as on the command line; nothing changes.
        assertThat(admin.client().postFields(page, "roles", "SUBMITTER", "organisations", " ").text())
                .contains("Người nộp báo cáo cần ít nhất một đơn vị", "a submitter needs at least one organisation");
        user.get("/submit/CAMAU/history").expectStatus(200);

        admin.client().postFields(page, "fullName", "Phạm Thu Trang", "roles", "ANALYST", "roles", "LEADER")
                .expectRedirect(page + "?changed");
        user.get("/submit").expectStatus(403);
        assertThat(user.get("/").text()).contains("href=\"/reports\"", "href=\"/figures\"").doesNotContain("href=\"/submit\"");
        user.get("/reports").expectStatus(200);
        assertThat(audit(admin.login(), AuditLog.USER_CHANGE, account.login())).isEqualTo(2);
    }

    @Test
    void anAdministratorCannotDisableItselfNorDropItsOwnAdministratorRole() {
        Admin admin = admin();
        String self = "/admin/users/" + admin.login();
        assertThat(admin.client().get(self).text()).contains("Đây là tài khoản của bạn").doesNotContain("id=\"disable\"");

        assertThat(admin.client().postFields(self + "/disable").expectStatus(200).text())
                .contains("Không thể tự vô hiệu hóa tài khoản của chính mình", "you cannot disable your own account");
        assertThat(admin.client().postFields(self, "roles", "ANALYST").expectStatus(200).text())
                .contains("Không thể tự bỏ vai trò quản trị (ADMIN)", "you cannot remove your own ADMIN role");
        admin.client().get("/admin/users").expectStatus(200);

        // Adding a role to oneself is allowed, and the session has it at once.
        admin.client().get(self);
        admin.client().postFields(self, "roles", "ADMIN", "roles", "ANALYST").expectRedirect(self + "?changed");
        admin.client().get("/reports").expectStatus(200);
        assertThat(audit(admin.login(), AuditLog.USER_DISABLE, admin.login())).isZero();
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        Admin admin = admin();
        Account target = account("khong-csrf", Set.of(Role.REVIEWER));
        String login = unique("khong-csrf-moi");
        admin.client().postFormExactly("/admin/users", Map.of("login", login, "roles", "LEADER")).expectStatus(403);
        admin.client().postFormExactly("/admin/users/" + target.login() + "/disable", Map.of()).expectStatus(403);
        admin.client().postFormExactly("/admin/users/" + target.login(), Map.of("roles", "ADMIN")).expectStatus(403);

        assertThat(jdbc.queryForObject("select count(*) from app_user where login = ?", Integer.class, login)).isZero();
        assertThat(jdbc.queryForList("""
                select r.role from app_user u join app_user_role r using (user_id) where u.login = ? and u.enabled""",
                String.class, target.login())).containsExactly("REVIEWER");
    }

    /** An administrator logged in, with its own password chosen, and its login (the actor of its audit rows). */
    record Admin(PortalClient client, String login) {
    }

    private Admin admin() {
        Account account = account("users-admin", Set.of(Role.ADMIN));
        return new Admin(firstLogin(account), account.login());
    }

    private PortalClient firstLogin(Account account) {
        PortalClient client = anonymous();
        client.login(account.login(), account.oneTimePassword()).expectRedirect("/password");
        client.changePassword(account.oneTimePassword(), CHOSEN_PASSWORD).expectRedirect("/?passwordChanged");
        return client;
    }

    static String oneTimePassword(PortalClient.Response page) {
        Matcher password = ONE_TIME_PASSWORD.matcher(page.text());
        assertThat(password.find()).as("a one-time password on %s", page.text()).isTrue();
        return password.group(1);
    }

    private static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36);
    }

    private int audit(String actor, String action, String target) {
        return jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = ? and target = ?",
                Integer.class, actor, action, target);
    }
}
