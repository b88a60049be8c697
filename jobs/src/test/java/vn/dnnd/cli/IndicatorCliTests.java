package vn.dnnd.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dnnd.cli.CliTests.dnnd;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dnnd.indicator.MergerFixture;
import vn.dnnd.referencedata.ReferenceDataService;
import vn.dnnd.support.TestDatabase;

/** compute, indicators show and bench compute as a user runs them, on the merger fixture. */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorCliTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReferenceDataService reference;

    @BeforeAll
    void computeTheFixtureFromTheCommandLine() {
        TestDatabase.clearCollectedAndComputed(jdbc);
        reference.load();
        MergerFixture.build(jdbc);
        CliTests.Run first = dnnd("compute", "--period", "2024");
        assertThat(first.exitCode()).as(first.err()).isZero();
        CliTests.Run run = dnnd("compute", "--period", "2025");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Đã tính kỳ 2025 (computed period 2025)")
                .contains("Đơn vị phải báo cáo (expected reporters):      62")
                .contains("Báo cáo đã nhận, phiên bản hiện hành (current submissions read): 5")
                .contains("So sánh với kỳ 2024");
    }

    @Test
    void showsARegionAsReportedWithCompletenessScoresAndValues() {
        CliTests.Run run = dnnd("indicators", "show", "--period", "2025", "--scope", "region:DNB");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Phạm vi (scope): Vùng Đông Nam Bộ (Southeast Region) [2025:DNB]")
                .contains("Cách nhìn (view): theo số liệu báo cáo (as reported)")
                .contains("phải báo cáo (expected) 3 · đã nộp (submitted) 2 · đúng hạn (on time) 2 · muộn (late) 0 · thiếu (missing) 1")
                .contains("Nhiệm vụ 7 (task 7)")
                .contains("điểm (score) 69,25 · hạng (rank) 1/2 · 2 đơn vị có điểm (organisations scored)");
        assertThat(line(run.out(), "T3.DELEGATIONS_OUT")).contains(" 42 ").contains("2/3").endsWith("—");
        // (6 + 15) / (10 + 20) = 70 %
        assertThat(line(run.out(), "T7.ADVISORY_ADOPTION_PCT")).contains("70,0 %");
    }

    @Test
    void showsTheRestatedViewWithYearOverYearAcrossTheMerger() {
        CliTests.Run run = dnnd("indicators", "show", "--period", "2025", "--scope", "org:TAYNINH", "--view", "restated",
                "--task", "3");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("quy đổi theo đơn vị hành chính hiện nay (restated onto today's units)")
                .doesNotContain("Nhiệm vụ 7");
        assertThat(line(run.out(), "T3.DELEGATIONS_OUT")).contains(" 12 ").contains(" 14 ").endsWith("-2");

        CliTests.Run old = dnnd("indicators", "show", "--period", "2024", "--scope", "org:LONGAN", "--view", "restated");
        assertThat(old.exitCode()).isEqualTo(1);
        assertThat(old.err()).contains("LONGAN không còn là đơn vị hiện nay").contains("TAYNINH");
    }

    @Test
    void showsOneOrganisationsAnswersYesNoNotApplicableMissingAndUndefined() {
        CliTests.Run hn = dnnd("indicators", "show", "--period", "2025", "--scope", "org:HN");
        assertThat(line(hn.out(), "T2.IMPL_PLAN_IN_FORCE")).contains("không (no)");
        assertThat(line(hn.out(), "T7.ADVISORY_ADOPTION_PCT")).contains("không xác định 0/0 (undefined)");
        assertThat(hn.out()).contains("điểm (score) 66,39 · hạng (rank) 2/3");

        CliTests.Run tldld = dnnd("indicators", "show", "--period", "2025", "--scope", "org:TLDLD", "--task", "3");
        assertThat(line(tldld.out(), "T3.DELEGATIONS_OUT")).contains("không áp dụng (n/a)").contains("0/1");
        assertThat(line(tldld.out(), "T3.DELEGATIONS_IN")).contains("thiếu (missing)");
    }

    @Test
    void showsTheReviewPeriodSeries() {
        assertThat(dnnd("compute", "--period", "2022-2026").out())
                .contains("Chưa có kết quả các năm (no published results yet for): 2022, 2023, 2026");
        CliTests.Run run = dnnd("indicators", "show", "--period", "2022-2026", "--scope", "region:DNB",
                "--view", "restated", "--task", "3");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(line(run.out(), "T3.DELEGATIONS_OUT")).contains("chưa tính").contains(" 38 ").contains(" 42 ")
                .endsWith("+4");
    }

    @Test
    void everyCommandHasHelpAndAnUnknownPeriodIsOneLine() {
        assertThat(dnnd("compute", "--help").out()).contains("--period").contains("computeJob");
        assertThat(dnnd("indicators", "show", "--help").out()).contains("--scope").contains("--view").contains("restated");
        assertThat(dnnd("bench", "compute", "--help").out()).contains("--orgs").contains("--years").contains("dnnd_bench");
        CliTests.Run unknown = dnnd("compute", "--period", "2030");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err().lines())
                .containsExactly("Lỗi (error): Không có kỳ báo cáo 2030 (no reporting period 2030)");
    }

    @Test
    void benchComputeMeasuresInItsOwnSchemaAndDropsIt() {
        int organisations = jdbc.queryForObject("select count(*) from organisation", Integer.class);
        CliTests.Run run = dnnd("bench", "compute", "--orgs", "40", "--years", "2", "--repeat", "1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Tổ chức tổng hợp (synthetic organisations): 40, năm (years) 2025-2026")
                .contains("GROUP BY trần (bare GROUP BY), năm 2026")
                .contains("computeJob năm 2026")
                .contains("publishAnnualResultsStep")
                .contains("Đã xóa lược đồ (schema dropped): dnnd_bench");
        assertThat(jdbc.queryForObject("select count(*) from pg_namespace where nspname = 'dnnd_bench'", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from organisation", Integer.class)).isEqualTo(organisations);
        assertThat(jdbc.queryForObject("select count(*) from pg_extension where extname = 'btree_gist'", Integer.class))
                .isEqualTo(1);
    }

    private static String line(String output, String code) {
        return output.lines().filter(l -> l.strip().startsWith(code + " ")).findFirst()
                .map(String::stripTrailing).orElseThrow(() -> new AssertionError("no line for " + code + " in\n" + output));
    }
}
