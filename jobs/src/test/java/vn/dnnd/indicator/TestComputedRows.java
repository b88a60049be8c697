package vn.dnnd.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every published number of a period, without the run ids, in a stable order: to compare two runs. */
final class TestComputedRows {

    private TestComputedRows() {
    }

    static List<Map<String, Object>> of(JdbcTemplate jdbc, String period) {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.addAll(jdbc.queryForList("""
                select indicator_code, scope_kind, scope_code, hierarchy, value, numerator, denominator, reporters,
                       expected, not_applicable, previous_value, change
                from indicator_value where period_code = ? order by scope_kind, scope_code, hierarchy, indicator_code""",
                period));
        rows.addAll(jdbc.queryForList("""
                select scope_kind, scope_code, hierarchy, expected, submitted, on_time, late, missing
                from completeness where period_code = ? order by scope_kind, scope_code, hierarchy""", period));
        rows.addAll(jdbc.queryForList("""
                select task_no, scope_kind, scope_code, hierarchy, score, rank, coverage, members, ranked
                from task_score where period_code = ? order by scope_kind, scope_code, hierarchy, task_no""", period));
        return rows;
    }
}
