package vn.dnnd.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dnnd.access.Role;

/** An administrator opens one organisation's locked period again on the page: recorded, audited, refused when wrong. */
class PeriodUnlockPagesTests extends PortalTestServer {

    @Test
    void anAdministratorOpensALockedPeriodForOneOrganisationWithTheReasonRecordedAndAudited() {
        PortalClient admin = loggedIn("unlock-admin", Set.of(Role.ADMIN));
        admin.get("/admin/unlocks?period=2024").expectStatus(200);

        String opened = admin.postForm("/admin/unlocks", Map.of("period", "2024", "org", "hn", "until", "2099-12-31",
                "reason", "Bổ sung phụ lục theo yêu cầu")).expectStatus(200).text();

        assertThat(opened).contains("id=\"opened\"", "Đã mở lại kỳ 2024 cho HN đến hết ngày 31/12/2099",
                "Bổ sung phụ lục theo yêu cầu");
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where action = 'period_unlock' and target = 'period:2024:HN'
                and actor like 'unlock-admin-%'""", Integer.class)).isEqualTo(1);

        String refused = admin.postForm("/admin/unlocks", Map.of("period", "2024", "org", "KHONGCO", "until",
                "2099-12-31", "reason", "thử")).expectStatus(200).text();
        assertThat(refused).contains("id=\"refused\"", "Không có đơn vị KHONGCO").contains("value=\"KHONGCO\"");
        String badDay = admin.postForm("/admin/unlocks", Map.of("period", "2024", "org", "HN", "until", "31/12",
                "reason", "thử")).expectStatus(200).text();
        assertThat(badDay).contains("không đúng dạng năm-tháng-ngày");
        assertThat(admin.postFormExactly("/admin/unlocks", Map.of("period", "2024", "org", "HN", "until", "2099-12-31",
                "reason", "không có CSRF")).status()).isEqualTo(403);
    }
}
