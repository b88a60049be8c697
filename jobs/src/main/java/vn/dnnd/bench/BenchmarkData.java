package vn.dnnd.bench;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import vn.dnnd.system.NamedQueries;

/**
 * Synthetic organisations and periods for the ingest benchmark, inserted into the benchmark's own
 * throwaway database: codes BENCH00001…, central bodies (no region needed), annual periods as needed.
 */
final class BenchmarkData {

    private BenchmarkData() {
    }

    static List<String> organisations(JdbcTemplate jdbc, NamedQueries queries, int count) {
        new NamedParameterJdbcTemplate(jdbc).update(queries.get("bench", "bench-ingest-organisations"),
                new MapSqlParameterSource("count", count));
        return jdbc.queryForList("select code from organisation where code like 'BENCH%' order by code limit ?",
                String.class, count);
    }

    /** Annual periods 2022, 2023, … as many as asked (the registry ships 2022–2026). */
    static List<Integer> years(JdbcTemplate jdbc, NamedQueries queries, int count) {
        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
        for (int year = 2022; year < 2022 + count; year++) {
            named.update(queries.get("bench", "bench-ingest-period"),
                    new MapSqlParameterSource("code", String.valueOf(year)).addValue("startsOn", LocalDate.of(year, 1, 1))
                            .addValue("endsOn", LocalDate.of(year, 12, 31)).addValue("dueOn", LocalDate.of(year, 12, 15))
                            .addValue("locksOn", LocalDate.of(year + 1, 1, 31)).addValue("nameVi", "Báo cáo năm " + year)
                            .addValue("nameEn", "Annual report " + year));
        }
        return java.util.stream.IntStream.range(2022, 2022 + count).boxed().toList();
    }
}
