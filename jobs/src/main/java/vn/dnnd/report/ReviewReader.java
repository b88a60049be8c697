package vn.dnnd.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.dnnd.reports.model.CompletenessRow;
import vn.dnnd.reports.model.Indicator;
import vn.dnnd.reports.model.NarrativePart;
import vn.dnnd.reports.model.NarrativeRow;
import vn.dnnd.reports.model.OrganisationKind;
import vn.dnnd.reports.model.ReportMeta;
import vn.dnnd.reports.model.Scope;
import vn.dnnd.reports.model.SourceSubmission;
import vn.dnnd.reports.model.Task;
import vn.dnnd.system.DnndException;
import vn.dnnd.system.NamedQueries;

/**
 * Reads what the five-year review is built from: the review period's published run (its series restated onto
 * today's units), the annual run each year's points came from, who reported each year, and the narratives of
 * the versions those annual runs read. Call it inside a {@link ReportSnapshot}.
 */
@Repository
public class ReviewReader {

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedQueries queries;
    private final ReportBasisReader basis;

    public ReviewReader(NamedParameterJdbcTemplate jdbc, NamedQueries queries, ReportBasisReader basis) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.basis = basis;
    }

    /** Everything the review is assembled from; a year absent from {@code yearRuns} has no published figures. */
    record ReviewData(ReportMeta meta, List<String> years, Map<String, Long> yearRuns,
                      Map<String, CompletenessRow> reporting, List<Task> tasks, Map<String, Indicator> indicators,
                      Map<String, Scope> regions, Map<String, Map<String, BigDecimal>> series,
                      Map<String, List<NarrativeRow>> narratives, Map<String, OrganisationKind> kinds) {

        /** The key of one series row in {@link #series}: indicator, scope kind and code. */
        static String key(String indicator, String scopeKind, String scopeCode) {
            return indicator + "|" + scopeKind + "|" + scopeCode;
        }
    }

    ReviewData read(ReportRequest request) {
        String period = request.periodCode();
        MapSqlParameterSource at = new MapSqlParameterSource("period", period);
        long run = reviewRun(period);
        at.addValue("run", run);
        List<String> years = jdbc.queryForList(queries.get("indicator", "list-review-years"), at, String.class);
        Map<String, Long> yearRuns = new LinkedHashMap<>();
        jdbc.query(queries.get("report", "list-review-year-runs"), at,
                rs -> {
                    yearRuns.put(rs.getString(1), rs.getLong(2));
                });
        Map<String, CompletenessRow> reporting = new HashMap<>();
        Map<String, List<NarrativeRow>> narratives = new HashMap<>();
        Map<String, OrganisationKind> kinds = new HashMap<>();
        List<SourceSubmission> sources = new ArrayList<>();
        if (!yearRuns.isEmpty()) {
            MapSqlParameterSource runs = new MapSqlParameterSource("runs", List.copyOf(yearRuns.values()));
            jdbc.query(queries.get("report", "list-review-completeness"), runs, rs -> {
                reporting.put(rs.getString(1), new CompletenessRow(Scope.national(), rs.getInt(2), rs.getInt(3),
                        rs.getInt(4), rs.getInt(5), rs.getInt(6)));
            });
            jdbc.query(queries.get("report", "list-review-narratives"), runs, rs -> {
                kinds.put(rs.getString(2), OrganisationKind.fromCode(rs.getString(4)));
                narratives.computeIfAbsent(rs.getString(1), year -> new ArrayList<>()).add(new NarrativeRow(
                        rs.getString(2), rs.getString(3), null, rs.getInt(5),
                        NarrativePart.valueOf(rs.getString(6).toUpperCase(Locale.ROOT)), rs.getString(7)));
            });
            for (long yearRun : yearRuns.values()) {
                sources.addAll(EditionQueries.sources(jdbc, queries, yearRun));
            }
        }
        Map<String, Map<String, BigDecimal>> series = new HashMap<>();
        jdbc.query(queries.get("report", "list-review-series"), at, rs -> {
            series.computeIfAbsent(ReviewData.key(rs.getString(1), rs.getString(2), rs.getString(3)),
                    key -> new HashMap<>()).put(rs.getString(4), rs.getBigDecimal(5));
        });
        ReportMeta meta = new ReportMeta(basis.header(request.generatedAt()), basis.period(period), null,
                request.edition(), request.generatedAt(), sources);
        return new ReviewData(meta, years, yearRuns, reporting, basis.tasks(), basis.indicators(), basis.regions(at),
                series, narratives, kinds);
    }

    /** The review period's published run; an annual period or one never computed is refused with what to do. */
    private long reviewRun(String period) {
        List<Map<String, Object>> found = jdbc.queryForList(queries.get("report", "find-period-run"),
                new MapSqlParameterSource("period", period));
        if (found.isEmpty()) {
            throw new DnndException("Không có kỳ báo cáo " + period, "no reporting period " + period);
        }
        Map<String, Object> row = found.get(0);
        if ("annual".equals(row.get("kind"))) {
            throw new DnndException("Kỳ " + period + " là kỳ báo cáo năm, không phải kỳ sơ kết",
                    "period " + period + " is annual, not a review period");
        }
        if (row.get("run_id") == null) {
            throw new DnndException("Kỳ " + period + " chưa được tính; hãy chạy: compute --period " + period,
                    "period " + period + " has not been computed; run: compute --period " + period);
        }
        return ((Number) row.get("run_id")).longValue();
    }
}
