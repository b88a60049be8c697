package vn.dnnd.indicator;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.dnnd.reports.model.Coverage;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dnnd.system.DnndException;
import vn.dnnd.system.NamedQueries;
import vn.dnnd.system.PublishedResultsLock;

/**
 * Read side of the computed tables. Each report is read in one read-only REPEATABLE READ transaction,
 * so all its parts (run, completeness, values, scores) come from the same published run even while
 * computeJob swaps in a new one.
 */
@Repository
public class IndicatorQueries {

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedQueries sql;
    private final ScopeResolver scopes;
    private final TransactionTemplate snapshot;

    public IndicatorQueries(NamedParameterJdbcTemplate jdbc, NamedQueries sql, ScopeResolver scopes,
                            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.scopes = scopes;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
    }

    /** Whether a period is annual (values, scores) or a review (series); fails for an unknown period. */
    public boolean isAnnual(String period) {
        List<String> kinds = jdbc.queryForList("select kind from reporting_period where code = :period",
                new MapSqlParameterSource("period", period), String.class);
        if (kinds.isEmpty()) {
            throw new DnndException("Không có kỳ báo cáo " + period, "no reporting period " + period);
        }
        return kinds.get(0).equals("annual");
    }

    public ScopeReport scope(String period, String scopeText, HierarchyView view) {
        return inSnapshot(() -> {
            ResolvedScope scope = scopes.resolve(scopeText, period, view);
            MapSqlParameterSource at = parameters(period, scope, view);
            Map<String, Object> run = publishedRun(at);
            List<ScopeReport.Indicator> indicators = jdbc.query(sql.get("indicator", "list-scope-indicators"), at,
                    (rs, n) -> new ScopeReport.Indicator(
                    rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                    rs.getString(7), rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getInt(11),
                    rs.getInt(12), rs.getInt(13), rs.getBigDecimal(14), rs.getBigDecimal(15), rs.getObject(16) == null
                            ? null : new Coverage(rs.getInt(16), rs.getInt(17), rs.getInt(18))));
            if (indicators.isEmpty()) {
                throw new DnndException("Kỳ " + period + " không có số liệu cho " + scope.label(),
                        "period " + period + " has no results for " + scope.label());
            }
            List<ScopeReport.Completeness> completeness = jdbc.query(sql.get("indicator", "find-scope-completeness"),
                    at, (rs, n) -> new ScopeReport.Completeness(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                            rs.getInt(5)));
            List<ScopeReport.TaskScore> scores = jdbc.query(sql.get("indicator", "list-scope-task-scores"), at,
                    (rs, n) -> new ScopeReport.TaskScore(rs.getInt(1), rs.getString(2),
                    rs.getString(3), rs.getBigDecimal(4), rs.getObject(5, Integer.class), rs.getObject(6, Integer.class),
                    rs.getBigDecimal(7), rs.getObject(8, Integer.class)));
            return new ScopeReport(period, (String) run.get("name_vi"), (String) run.get("name_en"), scope, view,
                    ((Number) run.get("run_id")).longValue(), (OffsetDateTime) run.get("finished_at"),
                    completeness.isEmpty() ? null : completeness.get(0), indicators, scores);
        });
    }

    public SeriesReport series(String period, String scopeText, HierarchyView view) {
        return inSnapshot(() -> {
            ResolvedScope scope = scopes.resolve(scopeText, period, view);
            MapSqlParameterSource at = parameters(period, scope, view);
            Map<String, Object> run = publishedRun(at);
            List<String> years = jdbc.queryForList(sql.get("indicator", "list-review-years"), at, String.class);
            List<SeriesPoint> points = jdbc.query(sql.get("indicator", "list-series-points"), at,
                    (rs, n) -> new SeriesPoint(
                    new SeriesReport.Line(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), new LinkedHashMap<>()), rs.getString(7), rs.getBigDecimal(8)));
            Map<String, SeriesReport.Line> lines = new LinkedHashMap<>();
            for (SeriesPoint point : points) {
                lines.computeIfAbsent(point.line().code(), code -> point.line())
                        .valueByYear().put(point.year(), point.value());
            }
            if (lines.isEmpty()) {
                throw new DnndException("Kỳ " + period + " không có chuỗi số liệu cho " + scope.label(),
                        "period " + period + " has no series for " + scope.label());
            }
            return new SeriesReport(period, (String) run.get("name_vi"), (String) run.get("name_en"), scope, view,
                    ((Number) run.get("run_id")).longValue(), (OffsetDateTime) run.get("finished_at"), years,
                    List.copyOf(lines.values()));
        });
    }

    private Map<String, Object> publishedRun(MapSqlParameterSource at) {
        List<Map<String, Object>> runs = jdbc.query(sql.get("indicator", "find-published-run"), at, (rs, n) -> Map.of(
                "run_id", rs.getLong(1), "finished_at", rs.getObject(2, OffsetDateTime.class),
                "name_vi", rs.getString(3), "name_en", rs.getString(4)));
        if (runs.isEmpty()) {
            String period = (String) at.getValue("period");
            throw new DnndException("Kỳ " + period + " chưa được tính; hãy chạy: compute --period " + period,
                    "period " + period + " has not been computed; run: compute --period " + period);
        }
        return runs.get(0);
    }

    private record SeriesPoint(SeriesReport.Line line, String year, BigDecimal value) {
    }

    private static MapSqlParameterSource parameters(String period, ResolvedScope scope, HierarchyView view) {
        return new MapSqlParameterSource("period", period).addValue("kind", scope.kind())
                .addValue("code", scope.firstCode()).addValue("codes", scope.codes()).addValue("view", view.code());
    }

    /** Runs reads in one read-only REPEATABLE READ snapshot taken after no swap is under way. */
    private <T> T inSnapshot(Supplier<T> read) {
        return snapshot.execute(status -> {
            PublishedResultsLock.beforeSnapshot(jdbc.getJdbcTemplate());
            return read.get();
        });
    }
}
