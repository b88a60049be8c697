package vn.dnnd.indicator;

import java.util.List;

/**
 * A computed table a run publishes into, its staging table and the columns the swap copies. Table and
 * column names are constants of this class, never input.
 */
enum PublishedTable {

    INDICATOR_VALUE("indicator_value", List.of("indicator_code", "scope_kind", "scope_code", "hierarchy", "value",
            "numerator", "denominator", "reporters", "expected", "not_applicable", "previous_value", "change")),
    COMPLETENESS("completeness", List.of("scope_kind", "scope_code", "hierarchy", "expected", "submitted", "on_time",
            "late", "missing")),
    TASK_SCORE("task_score", List.of("task_no", "scope_kind", "scope_code", "hierarchy", "score", "rank", "coverage",
            "members", "ranked")),
    INDICATOR_SERIES("indicator_series", List.of("year_code", "indicator_code", "scope_kind", "scope_code",
            "hierarchy", "value", "numerator", "denominator", "reporters", "expected", "not_applicable",
            "source_run_id"));

    /** The staging table of a run's frozen reporters, which is not published. */
    static final String REPORTER_STAGE = "compute_stage_reporter";

    private final String table;
    private final String columns;

    PublishedTable(String table, List<String> columns) {
        this.table = table;
        this.columns = "run_id, period_code, " + String.join(", ", columns);
    }

    String table() {
        return table;
    }

    String stage() {
        return table + "_stage";
    }

    /** Copies the staged rows of run {@code :run} into the table. */
    String publishStatement() {
        return "insert into " + table + " (" + columns + ") select " + columns + " from " + stage() + " where run_id = :run";
    }
}
