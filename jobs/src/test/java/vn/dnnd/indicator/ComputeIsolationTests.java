package vn.dnnd.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dnnd.referencedata.ReferenceDataService;
import vn.dnnd.system.DnndException;

/**
 * Readers never see half a run: while 2024 and 2025 are computed again and again in two other threads,
 * every read of either period finds all of one run's rows and nothing of another, in every computed
 * table. A failed run leaves the published results as they were.
 */
@SpringBootTest
class ComputeIsolationTests {

    private static final String READ = """
            select (select count(*) from indicator_value where period_code = :p) as values_count,
                   (select count(distinct run_id) from indicator_value where period_code = :p) as value_runs,
                   (select min(run_id) from indicator_value where period_code = :p) as value_run,
                   (select count(*) from completeness where period_code = :p) as completeness_count,
                   (select count(distinct run_id) from completeness where period_code = :p) as completeness_runs,
                   (select min(run_id) from completeness where period_code = :p) as completeness_run,
                   (select count(*) from task_score where period_code = :p) as scores_count,
                   (select count(distinct run_id) from task_score where period_code = :p) as score_runs,
                   (select min(run_id) from task_score where period_code = :p) as score_run,
                   (select run_id from compute_run where period_code = :p and status = 'completed') as published_run
            """;

    @Autowired
    ComputeService compute;

    @Autowired
    ReferenceDataService reference;

    @Autowired
    IndicatorQueries queries;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void computeTheFixture() {
        MergerFixture.computed(jdbc, reference, compute);
    }

    @Test
    void readersOfEitherPeriodSeeWholeRunsWhileBothAreRecomputed() {
        Map<String, Object> full2024 = read("2024");
        Map<String, Object> full2025 = read("2025");
        CompletableFuture<Void> writers = CompletableFuture.allOf(
                CompletableFuture.runAsync(() -> recompute("2025", 4)),
                CompletableFuture.runAsync(() -> recompute("2024", 4)));

        Set<Object> runsSeen = new HashSet<>();
        int reads = 0;
        while (!writers.isDone() || reads < 10) {
            for (Map<String, Object> full : List.of(full2024, full2025)) {
                String period = full == full2024 ? "2024" : "2025";
                Map<String, Object> seen = read(period);
                assertThat(seen).as("read %d of %s", reads, period)
                        .containsEntry("values_count", full.get("values_count"))
                        .containsEntry("completeness_count", full.get("completeness_count"))
                        .containsEntry("scores_count", full.get("scores_count"))
                        .containsEntry("value_runs", 1L).containsEntry("completeness_runs", 1L)
                        .containsEntry("score_runs", 1L);
                assertThat(List.of(seen.get("value_run"), seen.get("completeness_run"), seen.get("score_run")))
                        .as("one run in every table of %s", period).containsOnly(seen.get("published_run"));
                runsSeen.add(seen.get("value_run"));
            }
            // a report reads several statements in one snapshot: all from one run
            ScopeReport report = queries.scope("2025", "region:DNB", HierarchyView.RESTATED);
            assertThat(report.indicators()).hasSize(46);
            assertThat(report.completeness()).isNotNull();
            reads++;
        }
        writers.join();
        assertThat(reads).isGreaterThanOrEqualTo(10);
        assertThat(runsSeen).as("reads happened across several swaps").hasSizeGreaterThan(2);
        assertThat(read("2025")).containsEntry("values_count", full2025.get("values_count"));
    }

    @Test
    void aRunThatCannotPublishIsMarkedFailedAndLeavesThePublishedResultsAsTheyWere() {
        Map<String, Object> before = read("2025");
        List<Map<String, Object>> numbers = TestComputedRows.of(jdbc, "2025");
        // the published run now looks as if it started after any new run: a new run must not overwrite it
        jdbc.update("""
                update compute_run set started_at = started_at + interval '1 day'
                where period_code = '2025' and status = 'completed'""");

        assertThatThrownBy(() -> compute.compute("2025"))
                .isInstanceOf(DnndException.class)
                .hasMessageContaining("bắt đầu sau đã công bố kết quả")
                .hasMessageContaining("a later run of 2025 has already published");

        assertThat(read("2025")).isEqualTo(before);
        assertThat(TestComputedRows.of(jdbc, "2025")).isEqualTo(numbers);
        assertThat(jdbc.queryForObject("""
                select status || ': ' || failure from compute_run where period_code = '2025'
                order by run_id desc limit 1""", String.class))
                .startsWith("failed: ").contains("a later run of 2025 has already published");
        assertThat(jdbc.queryForObject("""
                select (select count(*) from indicator_value_stage) + (select count(*) from compute_stage_reporter)
                     + (select count(*) from task_score_stage) + (select count(*) from completeness_stage)""",
                Integer.class)).isZero();
    }

    @Test
    void aRunLeftRunningByAKilledProcessIsMarkedFailedAndItsStagingCleared() {
        long dead = jdbc.queryForObject("""
                insert into compute_run (period_code, started_at, status, period_kind)
                values ('2025', now() - interval '2 days', 'running', 'annual') returning run_id""", Long.class);
        jdbc.update("""
                insert into indicator_value_stage (run_id, period_code, indicator_code, scope_kind, scope_code, hierarchy,
                                                   reporters, expected, not_applicable)
                values (?, '2025', 'T3.DELEGATIONS_OUT', 'national', 'VN', 'as_reported', 0, 0, 0)""", dead);

        compute.compute("2025");

        assertThat(jdbc.queryForObject("select status || ': ' || failure from compute_run where run_id = ?",
                String.class, dead)).isEqualTo("failed: abandoned: still running a day after it started");
        assertThat(jdbc.queryForObject("select count(*) from indicator_value_stage", Integer.class)).isZero();
    }

    private void recompute(String period, int times) {
        List<Long> runs = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            runs.add(compute.compute(period).runId());
        }
        assertThat(runs).doesNotHaveDuplicates();
    }

    private Map<String, Object> read(String period) {
        return jdbc.queryForMap(READ.replace(":p", "?"), period, period, period, period, period, period, period,
                period, period, period);
    }
}
