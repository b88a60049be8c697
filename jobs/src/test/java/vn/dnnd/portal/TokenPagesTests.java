package vn.dnnd.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.dnnd.access.AuditLog;
import vn.dnnd.access.Role;

/**
 * An administrator's API token pages over HTTP: a token created on the page is shown once, uploads through the
 * API as its organisation, shows when it was last used, and once revoked (after the question) is answered 401.
 */
class TokenPagesTests extends PortalTestServer {

    private static final Pattern SECRET = Pattern.compile("id=\"token-secret\">(dnnd_[A-Za-z0-9_-]{43})<");
    private static final Pattern CREATED = Pattern.compile("mã truy cập số (\\d+) cho đơn vị HN");

    @Test
    void aTokenCreatedOnThePageUploadsThroughTheApiUntilItIsRevoked() {
        Account account = account("tokens-admin", Set.of(Role.ADMIN));
        PortalClient admin = firstLogin(account);
        admin.get("/admin/tokens").expectStatus(200);
        PortalClient.Response created = admin.postFields("/admin/tokens", "organisation", " hn ",
                "label", "Phần mềm tổng hợp của tỉnh").expectStatus(200);
        assertThat(created.text()).contains("Mã chỉ hiện một lần này", "Authorization: Bearer dnnd_");
        String secret = match(SECRET, created);
        String id = match(CREATED, created);

        String list = admin.get("/admin/tokens").text();
        assertThat(row(list, id)).contains("HN", "Phần mềm tổng hợp của tỉnh", account.login(), "chưa dùng", "Đang dùng");
        assertThat(list).doesNotContain(secret);

        PortalClient program = anonymous().withToken(secret);
        program.upload("/api/v1/submissions", "file", "hn.csv", junk()).expectStatus(201);
        assertThat(row(admin.get("/admin/tokens").text(), id)).doesNotContain("chưa dùng");

        // The question first; a revocation posted without its CSRF token changes nothing.
        assertThat(admin.get("/admin/tokens/" + id + "/revoke").expectStatus(200).text())
                .contains("Thu hồi mã truy cập số " + id + " của đơn vị HN (Phần mềm tổng hợp của tỉnh)?",
                        "không thể hoàn tác");
        admin.postFormExactly("/admin/tokens/" + id + "/revoke", Map.of()).expectStatus(403);
        program.upload("/api/v1/submissions", "file", "hn.csv", junk()).expectStatus(201);

        admin.postFields("/admin/tokens/" + id + "/revoke").expectRedirect("/admin/tokens?revoked=" + id);
        String after = admin.get("/admin/tokens?revoked=" + id).text();
        assertThat(after).contains("Đã thu hồi mã truy cập số " + id + ".");
        assertThat(row(after, id)).contains("Thu hồi lúc").doesNotContain("Đang dùng");
        program.upload("/api/v1/submissions", "file", "hn.csv", junk()).expectStatus(401);
        assertThat(admin.get("/admin/tokens/" + id + "/revoke").text()).contains("đã bị thu hồi lúc")
                .doesNotContain("id=\"confirm-revoke\"");

        assertThat(jdbc.queryForList("select action from audit_event where actor = ? and target = ? order by event_id",
                String.class, account.login(), "token:" + id)).containsExactly(AuditLog.TOKEN_CREATE, AuditLog.TOKEN_REVOKE);
    }

    @Test
    void anUnknownOrganisationIsRefusedOnTheFormWhichKeepsWhatWasTyped() {
        PortalClient admin = firstLogin(account("tokens-admin", Set.of(Role.ADMIN)));
        admin.get("/admin/tokens");
        String refused = admin.postFields("/admin/tokens", "organisation", "ATLANTIS", "label", "thử nghiệm lạ")
                .expectStatus(200).text();
        assertThat(refused).contains("Không có đơn vị mã ATLANTIS", "no organisation with code ATLANTIS",
                "value=\"ATLANTIS\"", "value=\"thử nghiệm lạ\"").doesNotContain("dnnd_");
        assertThat(admin.postFields("/admin/tokens", "organisation", "", "label", "không đơn vị").text())
                .contains("Cần mã đơn vị của mã truy cập", "the token needs an organisation code");
        assertThat(jdbc.queryForObject("select count(*) from api_token where label in ('thử nghiệm lạ', 'không đơn vị')",
                Integer.class)).isZero();
        admin.get("/admin/tokens/999999999/revoke").expectStatus(404);
    }

    private PortalClient firstLogin(Account account) {
        PortalClient client = anonymous();
        client.login(account.login(), account.oneTimePassword()).expectRedirect("/password");
        client.changePassword(account.oneTimePassword(), CHOSEN_PASSWORD).expectRedirect("/?passwordChanged");
        return client;
    }

    /** The table row of one token. */
    private static String row(String page, String id) {
        int start = page.indexOf("id=\"token-" + id + "\"");
        assertThat(start).as("row of token %s", id).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private static String match(Pattern pattern, PortalClient.Response page) {
        Matcher matcher = pattern.matcher(page.text());
        assertThat(matcher.find()).as("%s on %s", pattern, page.text()).isTrue();
        return matcher.group(1);
    }

    private static byte[] junk() {
        return "không phải báo cáo\n".getBytes(StandardCharsets.UTF_8);
    }
}
