package vn.dnnd.bench;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Synthetic organisations and periods for the ingest benchmark, inserted into the benchmark's own
 * throwaway database: codes BENCH00001…, central bodies (no region needed), annual periods as needed.
 */
final class BenchmarkData {

    private BenchmarkData() {
    }

    static List<String> organisations(JdbcTemplate jdbc, int count) {
        jdbc.update("""
                insert into organisation (code, valid_from, kind, name_vi, official_name_vi, name_en, reports)
                select 'BENCH' || lpad(g::text, 5, '0'), date '2022-01-01', 'central_org',
                       'Đơn vị thử nghiệm ' || g, 'Đơn vị thử nghiệm hiệu năng số ' || g, 'Benchmark unit ' || g, true
                from generate_series(1, ?) g
                on conflict do nothing
                """, count);
        return jdbc.queryForList("select code from organisation where code like 'BENCH%' order by code limit ?",
                String.class, count);
    }

    /** Annual periods 2022, 2023, … as many as asked (the registry ships 2022–2026). */
    static List<Integer> years(JdbcTemplate jdbc, int count) {
        for (int year = 2022; year < 2022 + count; year++) {
            jdbc.update("""
                    insert into reporting_period (code, kind, starts_on, ends_on, due_on, locks_on, name_vi, name_en)
                    values (?, 'annual', ?, ?, ?, ?, ?, ?) on conflict do nothing
                    """, String.valueOf(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                    LocalDate.of(year, 12, 15), LocalDate.of(year + 1, 1, 31), "Báo cáo năm " + year, "Annual report " + year);
        }
        return java.util.stream.IntStream.range(2022, 2022 + count).boxed().toList();
    }
}
