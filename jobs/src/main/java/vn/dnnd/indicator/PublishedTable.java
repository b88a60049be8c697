package vn.dnnd.indicator;

import java.util.List;

/**
 * A computed table a run publishes into, its staging table, the columns the swap copies and the table's
 * primary key. Each table is partitioned by period (V70): a run publishes a partition of its own,
 * {@code <table>_p<n>} (n from the sequence computed_partition_number). Table and column names are
 * constants of this class, never input.
 */
enum PublishedTable {

    INDICATOR_VALUE("indicator_value", "scope_kind, scope_code, hierarchy, indicator_code",
            List.of("indicator_code", "scope_kind", "scope_code", "hierarchy", "value", "numerator", "denominator",
                    "reporters", "expected", "not_applicable", "previous_value", "change")),
    COMPLETENESS("completeness", "scope_kind, scope_code, hierarchy",
            List.of("scope_kind", "scope_code", "hierarchy", "expected", "submitted", "on_time", "late", "missing")),
    TASK_SCORE("task_score", "scope_kind, scope_code, hierarchy, task_no",
            List.of("task_no", "scope_kind", "scope_code", "hierarchy", "score", "rank", "coverage", "members",
                    "ranked")),
    INDICATOR_SERIES("indicator_series", "scope_kind, scope_code, hierarchy, indicator_code, year_code",
            List.of("year_code", "indicator_code", "scope_kind", "scope_code", "hierarchy", "value", "numerator",
                    "denominator", "reporters", "expected", "not_applicable", "source_run_id"));

    /** The staging table of a run's frozen reporters, which is not published. */
    static final String REPORTER_STAGE = "compute_stage_reporter";

    private final String table;
    private final String key;
    private final String columns;

    /** key: the primary key's columns after period_code, in the order of V70's key. */
    PublishedTable(String table, String key, List<String> columns) {
        this.table = table;
        this.key = "period_code, " + key;
        this.columns = "run_id, period_code, " + String.join(", ", columns);
    }

    String table() {
        return table;
    }

    String stage() {
        return table + "_stage";
    }

    /** The partition number {@code n} of this table, which a run builds and swaps in. */
    String runPartition(long n) {
        return table + "_p" + n;
    }

    /** Creates partition number {@code n}, not yet attached: the table's columns and checks, no key yet. */
    String createPartitionStatement(long n) {
        return "create table " + runPartition(n) + " (like " + table + " including defaults including constraints)";
    }

    /** Copies the staged rows of run {@code :run} into partition number {@code n}. */
    String publishStatement(long n) {
        return "insert into " + runPartition(n) + " (" + columns + ") select " + columns + " from " + stage()
                + " where run_id = :run";
    }

    /**
     * Statistics for the fresh partition, of the key's columns only: readers select by them, and sampling
     * every column cost as much again (25 ms against 12 ms at national size).
     */
    String analyzeStatement(long n) {
        return "analyze " + runPartition(n) + " (" + key + ")";
    }

    /** Builds the partition's primary key once its rows are in: one sort instead of an insert per row. */
    String keyStatement(long n) {
        return "alter table " + runPartition(n) + " add primary key (" + key + ")";
    }
}
