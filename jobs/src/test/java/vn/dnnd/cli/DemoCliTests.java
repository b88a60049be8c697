package vn.dnnd.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dnnd.cli.CliTests.dnnd;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dnnd.support.TestDatabase;

/**
 * demo as a newcomer runs it: four years of sample submissions, every year computed, the latest year's
 * annual pipeline and its reports, and the paths of what was written. On the shared test home, emptied
 * of collected and computed data first (a fresh home only adds the database start-up).
 */
@SpringBootTest
class DemoCliTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void demoComputesFourYearsAndPrintsTheLatestYearsReports() {
        TestDatabase.clearCollectedAndComputed(jdbc);

        // The demo as shipped, review required (the in-process command reads system properties, not this test's).
        CliTests.Run run;
        System.setProperty("dnnd.review.required", "true");
        try {
            run = dnnd("demo");
        } finally {
            System.clearProperty("dnnd.review.required");
        }

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("Báo cáo mẫu \\(sample submissions\\): \\d+ tệp \\(files\\) trong \\(in\\) .*/demo/inbox-")
                .contains("manifest.tsv")
                .containsPattern("tính \\(compute\\) kỳ \\(period\\) 2022: lần tính \\(run\\) \\d+ đã công bố \\(published\\), 91 báo cáo")
                .containsPattern("tính \\(compute\\) kỳ \\(period\\) 2024: lần tính \\(run\\) \\d+ đã công bố \\(published\\), 91 báo cáo")
                .containsPattern("duyệt \\(review\\): \\d+ phiên bản được duyệt")
                .containsPattern("annualJob #\\d+, kỳ \\(period\\) 2025")
                .contains("Kỳ 2025, lần xuất bản 1 (period 2025, edition 1)")
                .contains("ngôn ngữ (languages): vi, en")
                .containsPattern("/reports/2025/edition-1/vi/")
                .containsPattern("/reports/2025/edition-1/en/")
                .containsPattern("Đã ghi \\(written\\): \\d+ tệp báo cáo \\(report files\\)")
                .contains("http://localhost:8080/")
                .containsPattern("demo-submitter2\\s+\\S{16}\\s+SUBMITTER\\s+CAMAU,HCM")
                .containsPattern("demo-leader\\s+\\S{16}\\s+LEADER");
        // One account per role (and a second submitter), each to choose its own password at the first login.
        assertThat(jdbc.queryForList("""
                select u.login || ':' || r.role from app_user u join app_user_role r using (user_id)
                where u.login like 'demo-%' and u.must_change_password order by 1""", String.class))
                .containsExactly("demo-admin:ADMIN", "demo-analyst:ANALYST", "demo-leader:LEADER",
                        "demo-reviewer:REVIEWER", "demo-submitter2:SUBMITTER", "demo-submitter:SUBMITTER");
        // Every year computed in order: 2025's figures carry 2024's as previous values (year over year).
        assertThat(jdbc.queryForObject("""
                select count(*) from indicator_value
                where period_code = '2025' and scope_kind = 'national' and hierarchy = 'restated' and previous_value is not null""",
                Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from submission where period_code = '2025' and status = 'accepted'",
                Integer.class)).isEqualTo(62);
        // Review is on, as shipped: every version the demo counts was accepted by its reviewer, none is left waiting.
        assertThat(jdbc.queryForObject("select count(*) from submission where status = 'awaiting'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from submission s where s.status = 'accepted' and not exists
                (select 1 from review_decision d where d.submission_id = s.submission_id and d.decision = 'accept')""",
                Integer.class)).isZero();
    }
}
