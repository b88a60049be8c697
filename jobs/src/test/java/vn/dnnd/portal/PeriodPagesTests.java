package vn.dnnd.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.dnnd.access.Role;

/** An administrator opens a year's reporting period on the page; wrong dates and an existing year are refused. */
class PeriodPagesTests extends PortalTestServer {

    static final String YEAR = "2091";

    @AfterEach
    void removeThePeriod() {
        jdbc.update("delete from reporting_period where code = ?", YEAR);
    }

    @Test
    void anAdministratorOpensAYearsPeriodWhichTheStatusBoardThenOffersAndWrongDatesAreRefused() {
        PortalClient admin = loggedIn("periods-admin", Set.of(Role.ADMIN));
        String page = admin.get("/admin/periods").expectStatus(200).text();
        assertThat(page).contains("data-period=\"2026\"", "Đang nhận báo cáo", "data-period=\"2022\"", "Đã khóa sổ");

        String refused = admin.postForm("/admin/periods", Map.of("year", YEAR, "due", YEAR + "-12-15",
                "lock", YEAR + "-12-01")).expectStatus(200).text();
        assertThat(refused).contains("id=\"refused\"", "Ngày khóa sổ 01/12/" + YEAR + " trước hạn nộp 15/12/" + YEAR)
                .contains("value=\"" + YEAR + "-12-01\"");

        String opened = admin.postForm("/admin/periods", Map.of("year", YEAR, "due", YEAR + "-12-10",
                "lock", (Integer.parseInt(YEAR) + 1) + "-02-15")).expectStatus(200).text();
        assertThat(opened).contains("id=\"opened\"", "Đã mở kỳ " + YEAR + ": hạn nộp 10/12/" + YEAR,
                "data-period=\"" + YEAR + "\"", "Chưa bắt đầu");
        assertThat(jdbc.queryForObject("select name_vi || ' ' || starts_on || ' ' || ends_on from reporting_period "
                + "where code = ?", String.class, YEAR)).isEqualTo("Báo cáo năm " + YEAR + " " + YEAR + "-01-01 " + YEAR + "-12-31");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'period_open' and target = ? "
                + "and actor like 'periods-admin-%'", Integer.class, "period:" + YEAR)).isEqualTo(1);

        assertThat(admin.postForm("/admin/periods", Map.of("year", YEAR, "due", YEAR + "-12-10", "lock",
                (Integer.parseInt(YEAR) + 1) + "-02-15")).text()).contains("Kỳ báo cáo " + YEAR + " đã có");
        PortalClient reviewer = loggedIn("periods-reviewer", Set.of(Role.REVIEWER));
        assertThat(reviewer.get("/status/2026").text()).contains("<option value=\"" + YEAR + "\"");
    }
}
