package vn.dnnd.report;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.dnnd.reports.model.CompletenessRow;
import vn.dnnd.reports.model.Coverage;
import vn.dnnd.reports.model.FigureRow;
import vn.dnnd.reports.model.Indicator;
import vn.dnnd.reports.model.Scope;
import vn.dnnd.reports.model.ScopeKind;
import vn.dnnd.reports.model.TaskScore;
import vn.dnnd.reports.model.TaskScoreRow;
import vn.dnnd.reports.model.ValueType;
import vn.dnnd.system.NamedQueries;

/**
 * The published computed rows of a period on the as-reported view (the year's figures as organisations
 * reported them, with the previous year's value and the change computeJob worked out), one set-based
 * query per scope kind. Rows come back in the order of the given scopes, then of the catalogue.
 */
@Repository
public class PublishedFigures {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedQueries queries;

    public PublishedFigures(NamedParameterJdbcTemplate jdbc, NamedQueries queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    /**
     * The indicator rows of the given scopes (keyed by their stored scope code) of one scope kind. The
     * previous year's value of a region or organisation that is one of today's is taken from the restated
     * view, where computeJob put last year's figures onto today's units: today's Tây Ninh is compared with
     * last year's Tây Ninh plus Long An, not with the old Tây Ninh alone. A unit merged away since, a kind
     * and the country keep the comparison computeJob made on the as-reported view.
     */
    public List<FigureRow> rows(ReportBasis basis, ScopeKind kind, Map<String, Scope> scopes) {
        if (scopes.isEmpty()) {
            return List.of();
        }
        List<FigureRow> rows = new ArrayList<>();
        MapSqlParameterSource at = at(basis, kind, scopes).addValue("today", todaysUnits(basis))
                .addValue("previous", previousPeriod(basis));
        jdbc.query(queries.get("report", "list-indicator-rows"), at, rs -> {
            Indicator indicator = basis.indicators().get(rs.getString(2));
            boolean yesNo = kind == ScopeKind.ORGANISATION && indicator.valueType() == ValueType.BOOLEAN;
            rows.add(new FigureRow(indicator, scopes.get(rs.getString(1)), yesNo(rs.getBigDecimal(3), yesNo),
                    rs.getInt(4), rs.getInt(5), rs.getInt(6), yesNo(rs.getBigDecimal(7), yesNo),
                    yesNo(rs.getBigDecimal(8), yesNo), coverage(rs, 9)));
        });
        inScopeOrder(rows, scopes, FigureRow::scope);
        return rows;
    }

    /** Completeness of the given region, kind or national scopes, in their order; absent scopes are left out. */
    public List<CompletenessRow> completeness(ReportBasis basis, ScopeKind kind, Map<String, Scope> scopes) {
        List<CompletenessRow> rows = new ArrayList<>();
        jdbc.query(queries.get("report", "list-completeness"), at(basis, kind, scopes), rs -> {
            rows.add(new CompletenessRow(scopes.get(rs.getString(1)), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                    rs.getInt(5), rs.getInt(6)));
        });
        inScopeOrder(rows, scopes, CompletenessRow::scope);
        return rows;
    }

    /** Task scores of the given scopes, each under its model scope code. */
    public List<TaskScore> scores(ReportBasis basis, ScopeKind kind, Map<String, Scope> scopes) {
        return jdbc.query(queries.get("report", "list-task-scores"), at(basis, kind, scopes),
                (rs, n) -> new TaskScore(rs.getInt(1), scopes.get(rs.getString(2)).code(), rs.getBigDecimal(3)));
    }

    /**
     * Every published column of the task scores of the given scopes, in the order of the scopes, by task
     * within each: the rows behind the briefing's heat map, as the analyst workbook lists them.
     */
    public List<TaskScoreRow> scoreRows(ReportBasis basis, ScopeKind kind, Map<String, Scope> scopes) {
        if (scopes.isEmpty()) {
            return List.of();
        }
        List<TaskScoreRow> rows = new ArrayList<>(jdbc.query(queries.get("report", "list-task-scores"),
                at(basis, kind, scopes), (rs, n) -> new TaskScoreRow(scopes.get(rs.getString(2)), rs.getInt(1),
                        rs.getBigDecimal(3), rs.getObject(4, Integer.class), rs.getObject(5, Integer.class),
                        rs.getBigDecimal(6), rs.getObject(7, Integer.class))));
        inScopeOrder(rows, scopes, TaskScoreRow::scope);
        return rows;
    }

    /** The reporters, expected and not applicable in columns {@code from} to {@code from + 2}; null when absent. */
    static Coverage coverage(ResultSet rs, int from) throws SQLException {
        return rs.getObject(from) == null ? null : new Coverage(rs.getInt(from), rs.getInt(from + 1), rs.getInt(from + 2));
    }

    /** The codes of today's regions and units as a list parameter (never empty: SQL "in ()" is invalid). */
    static List<String> todaysUnits(ReportBasis basis) {
        return basis.todaysUnits().isEmpty() ? List.of("") : List.copyOf(basis.todaysUnits());
    }

    /** The previous period's code, or "" (no period has it) when there is none. */
    static String previousPeriod(ReportBasis basis) {
        return basis.meta().previousPeriod() == null ? "" : basis.meta().previousPeriod().code();
    }

    /** A stable sort by the position of each row's scope among the given scopes. */
    private static <T> void inScopeOrder(List<T> rows, Map<String, Scope> scopes, Function<T, Scope> scopeOf) {
        Map<Scope, Integer> position = new HashMap<>();
        scopes.values().forEach(scope -> position.putIfAbsent(scope, position.size()));
        rows.sort(Comparator.comparingInt(row -> position.get(scopeOf.apply(row))));
    }

    private static MapSqlParameterSource at(ReportBasis basis, ScopeKind kind, Map<String, Scope> scopes) {
        return new MapSqlParameterSource("period", basis.periodCode())
                .addValue("kind", kind == ScopeKind.ORG_KIND ? "org_kind" : kind.name().toLowerCase(Locale.ROOT))
                .addValue("codes", scopes.isEmpty() ? List.of("") : List.copyOf(scopes.keySet()));
    }

    /**
     * computeJob stores one organisation's yes/no as a share (100 or 0); the model writes it as 1 or 0
     * (and a change of one answer as ±1).
     */
    private static BigDecimal yesNo(BigDecimal value, boolean yesNo) {
        return yesNo && value != null ? value.divide(HUNDRED).stripTrailingZeros() : value;
    }
}
