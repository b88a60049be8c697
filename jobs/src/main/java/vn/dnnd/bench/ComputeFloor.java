package vn.dnnd.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dnnd.indicator.BulkSqlSettings;
import vn.dnnd.system.NamedQueries;

/**
 * The floor {@code bench compute} holds computeJob against: the same result rows as a run (reporters
 * frozen, organisation rows and aggregates on both views, completeness, organisation and group task
 * scores) made by plain {@code CREATE UNLOGGED TABLE … AS SELECT} statements, one after the other in one
 * transaction that is rolled back afterwards: no job or step bookkeeping, no indexes, no swap.
 * The statements are computeJob's own staging queries with their {@code INSERT INTO stage (columns)}
 * turned into {@code CREATE UNLOGGED TABLE floor (columns) AS}, and the staging tables they read
 * renamed to the floor's tables, so the floor computes exactly what the job does.
 */
final class ComputeFloor {

    /** A staging query, the floor table it creates, and which staging table names it reads under which floor name. */
    private record Statement(String query, String target, Map<String, String> reads) {
    }

    private static final Pattern INSERT_HEADER = Pattern.compile("insert into \\w+\\s*(\\([^)]*\\))");

    private static final List<Statement> STATEMENTS = List.of(
            new Statement("freeze-reporters", "floor_reporter", Map.of()),
            new Statement("stage-organisation-values", "floor_organisation_value",
                    Map.of("compute_stage_reporter", "floor_reporter")),
            new Statement("stage-aggregates", "floor_aggregate", Map.of("indicator_value_stage", "floor_organisation_value")),
            new Statement("stage-completeness", "floor_completeness", Map.of("compute_stage_reporter", "floor_reporter")),
            new Statement("stage-organisation-scores", "floor_organisation_score",
                    Map.of("indicator_value_stage", "floor_organisation_value")),
            new Statement("stage-group-scores", "floor_group_score", Map.of("task_score_stage", "floor_organisation_score")));

    /** The result tables (all but the frozen reporters), whose rows the floor counts. */
    private static final List<String> RESULTS = List.of("floor_organisation_value", "floor_aggregate",
            "floor_completeness", "floor_organisation_score", "floor_group_score");

    record Timing(long totalMs, long rows, List<ComputeBenchmarkResult.StepTime> statements) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedQueries sql;
    private final TransactionTemplate transaction;

    ComputeFloor(NamedParameterJdbcTemplate jdbc, NamedQueries sql, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Times the floor for the period of run {@code run} with that run's parameters (previous period,
     * score settings and weights), then rolls its tables back.
     */
    Timing time(long run) {
        MapSqlParameterSource parameters = jdbc.queryForObject("""
                select period_code, previous_period_code, score_cap_percentile, score_min_coverage
                from compute_run where run_id = :run""", new MapSqlParameterSource("run", run),
                (rs, n) -> new MapSqlParameterSource("run", run).addValue("period", rs.getString(1))
                        .addValue("previousPeriod", rs.getString(2), java.sql.Types.VARCHAR)
                        .addValue("capPercentile", rs.getBigDecimal(3).doubleValue())
                        .addValue("minCoverage", rs.getBigDecimal(4)));
        return transaction.execute(status -> {
            status.setRollbackOnly();
            BulkSqlSettings.apply(jdbc);
            List<ComputeBenchmarkResult.StepTime> times = new ArrayList<>();
            long started = System.nanoTime();
            for (Statement statement : STATEMENTS) {
                long t = System.nanoTime();
                jdbc.update(floorQuery(statement), parameters);
                times.add(new ComputeBenchmarkResult.StepTime(statement.target(), (System.nanoTime() - t) / 1_000_000));
            }
            long total = (System.nanoTime() - started) / 1_000_000;
            long rows = 0;
            for (String table : RESULTS) {
                Long count = jdbc.getJdbcTemplate().queryForObject("select count(*) from " + table, Long.class);
                rows += count == null ? 0 : count;
            }
            return new Timing(total, rows, times);
        });
    }

    private String floorQuery(Statement statement) {
        String query = sql.get("indicator", statement.query());
        Matcher header = INSERT_HEADER.matcher(query);
        if (!header.find()) {
            throw new IllegalStateException("no insert header in " + statement.query());
        }
        String floor = header.replaceFirst(Matcher.quoteReplacement(
                "create unlogged table " + statement.target() + " " + header.group(1) + " as"));
        for (Map.Entry<String, String> read : statement.reads().entrySet()) {
            floor = floor.replaceAll("\\b" + read.getKey() + "\\b", read.getValue());
        }
        return floor;
    }
}
