package vn.dnnd.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.dnnd.referencedata.ReferenceDataService;
import vn.dnnd.system.NamedQueries;

/**
 * The benchmarks' reporters on a throwaway database: the reference data, then N synthetic organisations in the
 * national mix (provinces in today's six regions) reporting for the given years; the registry's own
 * organisations stop reporting there.
 */
@Component
class SyntheticReporters {

    private final ReferenceDataService referenceData;
    private final NamedParameterJdbcTemplate jdbc;
    private final NamedQueries queries;

    SyntheticReporters(ReferenceDataService referenceData, NamedParameterJdbcTemplate jdbc, NamedQueries queries) {
        this.referenceData = referenceData;
        this.jdbc = jdbc;
        this.queries = queries;
    }

    /** The synthetic organisations' codes by organisation kind. */
    Map<String, List<String>> create(int organisations, int firstYear, int lastYear) {
        referenceData.load();
        MapSqlParameterSource parameters = new MapSqlParameterSource("orgs", organisations)
                .addValue("firstYear", firstYear).addValue("lastYear", lastYear);
        jdbc.update("update organisation set reports = false where code not like 'BENCH%'", parameters);
        jdbc.update(queries.get("bench", "bench-periods"), parameters);
        jdbc.update(queries.get("bench", "bench-organisations"), parameters);
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        jdbc.query("select kind, code from organisation where code like 'BENCH%' order by kind, code", parameters,
                rs -> {
                    byKind.computeIfAbsent(rs.getString(1), kind -> new ArrayList<>()).add(rs.getString(2));
                });
        return byKind;
    }
}
