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
import vn.dnnd.reports.model.Coverage;
import vn.dnnd.reports.model.FigureRow;
import vn.dnnd.reports.model.Restatement;
import vn.dnnd.reports.model.Scope;
import vn.dnnd.reports.model.ScopeKind;
import vn.dnnd.system.NamedQueries;

/**
 * What the reports need to compare honestly, from the published tables: the central bodies' row that
 * makes a table by region add up to the country, and whether the previous period was restated onto
 * today's units, with who reported then.
 */
@Repository
public class ComparisonFigures {

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedQueries queries;

    public ComparisonFigures(NamedParameterJdbcTemplate jdbc, NamedQueries queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    /**
     * The central bodies' rows (the national figure less the regions'), this period with the previous
     * one, in catalogue order; none for an indicator nobody outside the regions is expected to report.
     */
    public List<FigureRow> centralBodies(ReportBasis basis) {
        if (basis.regions().isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource at = new MapSqlParameterSource("period", basis.periodCode())
                .addValue("previous", PublishedFigures.previousPeriod(basis))
                .addValue("regions", List.copyOf(basis.regions().keySet()))
                .addValue("regionCount", basis.regions().size())
                .addValue("today", PublishedFigures.todaysUnits(basis));
        Map<String, Part> current = new LinkedHashMap<>();
        Map<String, Part> previous = new HashMap<>();
        jdbc.query(queries.get("report", "list-central-rows"), at, rs -> {
            Part part = new Part(rs.getBigDecimal(3), PublishedFigures.coverage(rs, 4));
            (rs.getBoolean(2) ? current : previous).put(rs.getString(1), part);
        });
        Scope central = Scope.centralBodies();
        List<FigureRow> rows = new ArrayList<>();
        current.forEach((code, now) -> {
            Part before = previous.get(code);
            BigDecimal old = before == null ? null : before.value();
            rows.add(new FigureRow(basis.indicators().get(code), central, now.value(), now.coverage().reporters(),
                    now.coverage().expected(), now.coverage().notApplicable(), old,
                    now.value() == null || old == null ? null : now.value().subtract(old),
                    before == null ? null : before.coverage()));
        });
        return rows;
    }

    /**
     * How the previous period was put onto today's units for the comparisons of one scope (the country
     * or a region, by its stored code), with who reported then and now; null when it was not restated.
     */
    public Restatement restatement(ReportBasis basis, ScopeKind kind, String code, CompletenessRow now) {
        String previous = PublishedFigures.previousPeriod(basis);
        if (previous.isEmpty()) {
            return null;
        }
        MapSqlParameterSource at = new MapSqlParameterSource("period", basis.periodCode())
                .addValue("previous", previous).addValue("kind", kind.name().toLowerCase(Locale.ROOT))
                .addValue("code", code);
        Integer units = jdbc.queryForObject(queries.get("report", "find-restatement"), at, Integer.class);
        if (units == null || units == 0) {
            return null;
        }
        List<Coverage> before = jdbc.query(queries.get("report", "find-previous-completeness"), at,
                (rs, n) -> new Coverage(rs.getInt(1), rs.getInt(2), 0));
        return before.isEmpty() ? null
                : new Restatement(units, before.get(0), new Coverage(now.submitted(), now.expected(), 0));
    }

    /** One period's central value and who it rests on. */
    private record Part(BigDecimal value, Coverage coverage) {
    }
}
