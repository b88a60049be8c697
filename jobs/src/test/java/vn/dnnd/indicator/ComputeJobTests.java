package vn.dnnd.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dnnd.indicator.MergerFixture.ADOPTION_PCT;
import static vn.dnnd.indicator.MergerFixture.DELEGATIONS_OUT;
import static vn.dnnd.indicator.MergerFixture.PLAN_IN_FORCE;
import static vn.dnnd.indicator.MergerFixture.PROVINCIAL_VUFO;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dnnd.referencedata.ReferenceDataService;
import vn.dnnd.support.TestDatabase;

/**
 * computeJob on the hand-built {@link MergerFixture}: every expected number below is worked out by hand
 * in the comment beside it. Expected reporters come from the shipped registry: for 2025, 34 units +
 * 25 central organisations + 2 Party boards (the Commission for Propaganda and Mass Mobilisation and the
 * Party Committee of the Front, both opened in February 2025) + 1 ministry = 62; for 2024, 63 provinces
 * + 25 + 2 (the two commissions merged in 2025; the Foreign Relations Commission does not report) + 1 = 91.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComputeJobTests {

    @Autowired
    ComputeService compute;

    @Autowired
    ReferenceDataService reference;

    @Autowired
    JdbcTemplate jdbc;

    ComputeResult run2025;

    @BeforeAll
    void computeTheFixture() {
        TestDatabase.clearCollectedAndComputed(jdbc);
        reference.load();
        MergerFixture.build(jdbc);
        compute.compute("2024");
        run2025 = compute.compute("2025");
    }

    @Test
    void sumsCountReportersExpectedAndNotApplicableSoMissingIsNotZero() {
        // 12 (Tây Ninh's current version, not the superseded 99) + 30 + 25 + 40; TLDLD answered n/a
        assertThat(value("2025", DELEGATIONS_OUT, "national", "VN", "as_reported"))
                .isEqualTo(row("107", null, null, 4, 62, 1));
        // Đông Nam Bộ today: Tây Ninh 12 + Hồ Chí Minh 30; Đồng Nai missing
        assertThat(value("2025", DELEGATIONS_OUT, "region", "2025:DNB", "as_reported"))
                .isEqualTo(row("42", null, null, 2, 3, 0));
        assertThat(value("2025", DELEGATIONS_OUT, "org_kind", "province", "as_reported"))
                .isEqualTo(row("67", null, null, 3, 34, 0));
        assertThat(value("2025", DELEGATIONS_OUT, "org_kind", "central_org", "as_reported"))
                .isEqualTo(row("40", null, null, 1, 25, 1));
        // organisation level: not applicable and missing both have no value, told apart by the counts
        assertThat(value("2025", DELEGATIONS_OUT, "organisation", "TLDLD", "as_reported"))
                .isEqualTo(row(null, null, null, 0, 1, 1));
        assertThat(value("2025", DELEGATIONS_OUT, "organisation", "DONGNAI", "as_reported"))
                .isEqualTo(row(null, null, null, 0, 1, 0));
        assertThat(value("2025", DELEGATIONS_OUT, "organisation", "TAYNINH", "as_reported").value())
                .isEqualByComparingTo("12");
    }

    @Test
    void shareYesIsTheShareOfYesAmongThoseWhoAnswered() {
        // yes: Tây Ninh, Hồ Chí Minh, LHHN; no: Hà Nội, TLDLD → 3 / 5 = 60 %
        assertThat(value("2025", PLAN_IN_FORCE, "national", "VN", "as_reported"))
                .isEqualTo(row("60.0000", "3", "5", 5, 62, 0));
        // provinces: 2 of 3
        assertThat(value("2025", PLAN_IN_FORCE, "org_kind", "province", "as_reported"))
                .isEqualTo(row("66.6667", "2", "3", 3, 34, 0));
        // province-only indicator: only the 34 units are expected; Tây Ninh yes, Hồ Chí Minh no
        assertThat(value("2025", PROVINCIAL_VUFO, "national", "VN", "as_reported"))
                .isEqualTo(row("50.0000", "1", "2", 2, 34, 0));
        assertThat(jdbc.queryForObject("""
                select count(*) from indicator_value where period_code = '2025' and indicator_code = ?
                and scope_kind = 'organisation' and scope_code = 'LHHN'""", Integer.class, PROVINCIAL_VUFO)).isZero();
    }

    @Test
    void aRatioIsTheRatioOfSummedNumeratorAndDenominatorNeverAnAverageOfPercentages() {
        // pairs given: Tây Ninh 6/10, Hồ Chí Minh 15/20, Hà Nội 0/0, LHHN 3/4; TLDLD gave no denominator
        // → (6 + 15 + 0 + 3) / (10 + 20 + 0 + 4) = 24 / 34 = 70.5882 % (the mean of 60, 75, 75 would be 70)
        assertThat(value("2025", ADOPTION_PCT, "national", "VN", "as_reported"))
                .isEqualTo(row("70.5882", "24", "34", 4, 62, 0));
        // derived at organisation level too; 0/0 is answered but has no percentage
        assertThat(value("2025", ADOPTION_PCT, "organisation", "TAYNINH", "as_reported"))
                .isEqualTo(row("60.0000", "6", "10", 1, 1, 0));
        assertThat(value("2025", ADOPTION_PCT, "organisation", "HN", "as_reported"))
                .isEqualTo(row(null, "0", "0", 1, 1, 0));
        assertThat(value("2025", ADOPTION_PCT, "organisation", "TLDLD", "as_reported"))
                .isEqualTo(row(null, null, null, 0, 1, 0));
        // the derived indicator is never stored as a submitted value
        assertThat(jdbc.queryForObject("select count(*) from submission_value where indicator_code = ?",
                Integer.class, ADOPTION_PCT)).isZero();
    }

    @Test
    void completenessAndTimelinessPerScope() {
        // national: 5 of 62 submitted (Tây Ninh, Hồ Chí Minh, Hà Nội, LHHN, TLDLD), Hà Nội late
        assertThat(completeness("2025", "national", "VN", "as_reported")).containsExactly(62, 5, 4, 1, 57);
        // Đông Nam Bộ: Tây Ninh and Hồ Chí Minh on time, Đồng Nai missing
        assertThat(completeness("2025", "region", "2025:DNB", "as_reported")).containsExactly(3, 2, 2, 0, 1);
        // Đồng bằng sông Hồng has 6 units; only Hà Nội submitted, late
        assertThat(completeness("2025", "region", "2025:DBSH", "as_reported")).containsExactly(6, 1, 0, 1, 5);
        assertThat(completeness("2025", "org_kind", "central_org", "as_reported")).containsExactly(25, 2, 2, 0, 23);
        // the old provinces closed on 30/06/2025 are not expected for 2025; in 2024 they are (2023 scheme)
        assertThat(completeness("2024", "region", "2023:DNB", "as_reported")).containsExactly(6, 3, 3, 0, 3);
        assertThat(completeness("2024", "national", "VN", "as_reported")).containsExactly(91, 7, 7, 0, 84);
        // 2024 restated onto today's Đông Nam Bộ: its 7 old provinces, 4 of which submitted
        assertThat(completeness("2024", "region", "2025:DNB", "restated")).containsExactly(7, 4, 4, 0, 3);
        assertThat(run2025.expected()).isEqualTo(62);
        assertThat(run2025.submissions()).isEqualTo(5);
    }

    @Test
    void restatedYearOverYearCountsTheMergedProvincesTowardTodaysUnit() {
        // today's Tây Ninh in 2024 = old Tây Ninh 5 + Long An 9 = 14; 2025: 12 → change -2
        assertThat(yearOverYear("2025", DELEGATIONS_OUT, "organisation", "TAYNINH", "restated"))
                .containsExactly(bd("12"), bd("14"), bd("-2"));
        // as reported, the same code compares with the old, smaller Tây Ninh: 5 → 12, +7
        assertThat(yearOverYear("2025", DELEGATIONS_OUT, "organisation", "TAYNINH", "as_reported"))
                .containsExactly(bd("12"), bd("5"), bd("7"));
        assertThat(value("2024", DELEGATIONS_OUT, "organisation", "TAYNINH", "restated"))
                .isEqualTo(row("14", null, null, 2, 2, 0));
        // today's Đông Nam Bộ in 2024: Tây Ninh 5 + Long An 9 (then Mekong Delta) + Hồ Chí Minh 20
        // + Bình Dương 4 = 38 from 4 of its 7 old provinces; 2025: 42 → +4
        assertThat(value("2024", DELEGATIONS_OUT, "region", "2025:DNB", "restated"))
                .isEqualTo(row("38", null, null, 4, 7, 0));
        assertThat(yearOverYear("2025", DELEGATIONS_OUT, "region", "2025:DNB", "restated"))
                .containsExactly(bd("42"), bd("38"), bd("4"));
        // as reported, the 2025 region has no 2024 counterpart (the 2023 scheme's Đông Nam Bộ differs)
        assertThat(yearOverYear("2025", DELEGATIONS_OUT, "region", "2025:DNB", "as_reported"))
                .containsExactly(bd("42"), null, null);
        // the ratio restated: 2024 (4 + 4) / (8 + 4) = 66.6667 %, 2025 6 / 10 = 60 % → -6.6667
        assertThat(yearOverYear("2025", ADOPTION_PCT, "organisation", "TAYNINH", "restated"))
                .containsExactly(bd("60.0000"), bd("66.6667"), bd("-6.6667"));
        // nationally both views agree: 2024 5 + 9 + 20 + 4 + 18 + 35 + 10 = 101 → 107, +6
        assertThat(yearOverYear("2025", DELEGATIONS_OUT, "national", "VN", "restated"))
                .containsExactly(bd("107"), bd("101"), bd("6"));
        assertThat(run2025.previousPeriodCode()).isEqualTo("2024");
    }

    @Test
    void taskScoreOfOneOrganisationFollowsTheDocumentedMethod() {
        // shipped weights of task 7: research outputs 1, adoption percentage 2, seminars 1
        assertThat(jdbc.queryForList("""
                select indicator_code || '=' || weight::int from compute_run_score_weight
                where run_id = ? and indicator_code like 'T7.%' order by indicator_code""", String.class, run2025.runId()))
                .containsExactly("T7.ADVISORY_ADOPTION_PCT=2", "T7.RESEARCH_OUTPUTS=1", "T7.SEMINARS=1");
        // caps = 90th percentile (percentile_cont) over the provinces that answered:
        //   research [4, 6, 10] → 6 + 0.8 × 4 = 9.2; seminars [3, 5, 8] → 5 + 0.8 × 3 = 7.4
        // Tây Ninh: research 100 × 4 / 9.2 = 43.4783; adoption 6 / 10 = 60; seminars 100 × 3 / 7.4 = 40.5405
        //   → (1 × 43.4783 + 2 × 60 + 1 × 40.5405) / 4 = 51.00
        // Hồ Chí Minh: 100 (capped), 75, 100 → 350 / 4 = 87.50
        // Hà Nội: 65.2174, 0/0 has no percentage (left out: half the weight answered, the minimum), 67.5676
        //   → 66.39; rank among the 3 scored provinces: Hồ Chí Minh 1, Hà Nội 2, Tây Ninh 3
        assertThat(score("2025", 7, "organisation", "TAYNINH")).containsExactly(bd("51.00"), 3, bd("1.0000"), 3);
        assertThat(score("2025", 7, "organisation", "HCM")).containsExactly(bd("87.50"), 1, bd("1.0000"), 3);
        assertThat(score("2025", 7, "organisation", "HN")).containsExactly(bd("66.39"), 2, bd("0.5000"), 3);
        // Đồng Nai answered nothing: no score, not ranked
        assertThat(score("2025", 7, "organisation", "DONGNAI")).containsExactly(null, null, bd("0.0000"), null);
        // region = mean of its scored units: (51.00 + 87.50) / 2 = 69.25
        assertThat(jdbc.queryForObject("""
                select score::text || ' ' || members from task_score where period_code = '2025' and task_no = 7
                and scope_kind = 'region' and scope_code = '2025:DNB' and hierarchy = 'as_reported'""", String.class))
                .isEqualTo("69.25 2");
    }

    @Test
    void rerunningAPeriodReplacesItsResultsWithIdenticalNumbers() {
        List<Map<String, Object>> before = TestComputedRows.of(jdbc, "2025");
        ComputeResult again = compute.compute("2025");

        assertThat(again.runId()).isGreaterThan(run2025.runId());
        assertThat(TestComputedRows.of(jdbc, "2025")).isEqualTo(before);
        assertThat(jdbc.queryForList("select distinct run_id from indicator_value where period_code = '2025'", Long.class))
                .containsExactly(again.runId());
        assertThat(jdbc.queryForList("select status from compute_run where period_code = '2025' order by run_id",
                String.class)).endsWith("replaced", "completed");
        // the run records the submission versions it read: the current ones, never Tây Ninh's superseded v1
        assertThat(jdbc.queryForList("""
                select o.code || ' v' || s.version from compute_run_submission c
                join submission s using (submission_id) join organisation o using (org_id)
                where c.run_id = ? order by o.code""", String.class, again.runId()))
                .containsExactly("HCM v1", "HN v1", "LHHN v1", "TAYNINH v2", "TLDLD v1");
        assertThat(again.durationMs()).isNotNegative();
        assertThat(jdbc.queryForObject("select count(*) from indicator_value_stage", Integer.class)).isZero();
    }

    @Test
    void theReviewPeriodGetsASeriesPerIndicatorAndScope() {
        ComputeResult review = compute.compute("2022-2026");

        assertThat(review.yearsWithoutResults()).containsExactly("2022", "2023", "2026");
        assertThat(jdbc.queryForList("""
                select year_code || '=' || value from indicator_series
                where period_code = '2022-2026' and indicator_code = ? and scope_kind = 'region'
                  and scope_code = '2025:DNB' and hierarchy = 'restated' order by year_code""", String.class, DELEGATIONS_OUT))
                .containsExactly("2024=38", "2025=42");
        // as reported, an old province's series stops with the merger
        assertThat(jdbc.queryForList("""
                select year_code from indicator_series where period_code = '2022-2026' and indicator_code = ?
                  and scope_kind = 'organisation' and scope_code = 'LONGAN' and hierarchy = 'as_reported'""",
                String.class, DELEGATIONS_OUT)).containsExactly("2024");
    }

    record Row(BigDecimal value, BigDecimal numerator, BigDecimal denominator, int reporters, int expected,
               int notApplicable) {

    }

    private static Row row(String value, String numerator, String denominator, int reporters, int expected,
                           int notApplicable) {
        return new Row(bd(value), bd(numerator), bd(denominator), reporters, expected, notApplicable);
    }

    private Row value(String period, String indicator, String scopeKind, String scopeCode, String hierarchy) {
        return jdbc.queryForObject("""
                select value, numerator, denominator, reporters, expected, not_applicable from indicator_value
                where period_code = ? and indicator_code = ? and scope_kind = ? and scope_code = ? and hierarchy = ?""",
                (rs, n) -> new Row(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6)), period, indicator, scopeKind, scopeCode, hierarchy);
    }

    private List<BigDecimal> yearOverYear(String period, String indicator, String scopeKind, String scopeCode,
                                          String hierarchy) {
        return jdbc.queryForObject("""
                select value, previous_value, change from indicator_value
                where period_code = ? and indicator_code = ? and scope_kind = ? and scope_code = ? and hierarchy = ?""",
                (rs, n) -> java.util.Arrays.asList(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3)),
                period, indicator, scopeKind, scopeCode, hierarchy);
    }

    private List<Integer> completeness(String period, String scopeKind, String scopeCode, String hierarchy) {
        return jdbc.queryForObject("""
                select expected, submitted, on_time, late, missing from completeness
                where period_code = ? and scope_kind = ? and scope_code = ? and hierarchy = ?""",
                (rs, n) -> List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)),
                period, scopeKind, scopeCode, hierarchy);
    }

    private List<Object> score(String period, int task, String scopeKind, String scopeCode) {
        return jdbc.queryForObject("""
                select score, rank, coverage, ranked from task_score where period_code = ? and task_no = ?
                and scope_kind = ? and scope_code = ? and hierarchy = 'as_reported'""",
                (rs, n) -> java.util.Arrays.asList(rs.getBigDecimal(1), rs.getObject(2), rs.getBigDecimal(3),
                        rs.getObject(4)), period, task, scopeKind, scopeCode);
    }

    private static BigDecimal bd(String text) {
        return text == null ? null : new BigDecimal(text);
    }
}
