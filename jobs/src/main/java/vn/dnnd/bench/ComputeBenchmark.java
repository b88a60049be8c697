package vn.dnnd.bench;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import vn.dnnd.indicator.ComputeResult;
import vn.dnnd.indicator.ComputeService;
import vn.dnnd.referencedata.ReferenceDataService;
import vn.dnnd.system.DnndException;
import vn.dnnd.system.NamedQueries;

/**
 * {@code bench compute}: fills a schema of its own with synthetic reporters and submissions, then
 * times computeJob for the last year next to one bare GROUP BY over the same submission values and
 * next to the floor (the same result rows by plain CREATE TABLE AS, {@link ComputeFloor}), each
 * repeated, alternating, in the same run. It refuses to run anywhere but a schema named dnnd_bench*,
 * because it empties the collected and computed tables of the schema it runs in.
 */
@Component
public class ComputeBenchmark {

    public static final String SCHEMA_PREFIX = "dnnd_bench";
    private static final Logger log = LoggerFactory.getLogger(ComputeBenchmark.class);
    private static final int LAST_YEAR = 2026;

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedQueries sql;
    private final ComputeService compute;
    private final ReferenceDataService reference;
    private final ComputeFloor floor;

    public ComputeBenchmark(NamedParameterJdbcTemplate jdbc, NamedQueries sql, ComputeService compute,
                            ReferenceDataService reference, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.compute = compute;
        this.reference = reference;
        this.floor = new ComputeFloor(jdbc, sql, transactions);
    }

    public ComputeBenchmarkResult run(int organisations, int years, int repeat) {
        String schema = jdbc.getJdbcTemplate().queryForObject("select current_schema()", String.class);
        if (schema == null || !schema.startsWith(SCHEMA_PREFIX)) {
            throw new DnndException("bench compute chỉ chạy trong lược đồ riêng " + SCHEMA_PREFIX + ", không phải " + schema,
                    "bench compute runs only in its own schema " + SCHEMA_PREFIX + ", not " + schema);
        }
        int firstYear = LAST_YEAR - years + 1;
        MapSqlParameterSource parameters = new MapSqlParameterSource("orgs", organisations)
                .addValue("firstYear", firstYear).addValue("lastYear", LAST_YEAR);
        long started = System.nanoTime();
        generate(parameters);
        long generationMs = (System.nanoTime() - started) / 1_000_000;
        String timed = String.valueOf(LAST_YEAR);
        // the year before gives the timed year its year-over-year values; one untimed run warms the caches
        compute.compute(String.valueOf(LAST_YEAR - 1));
        ComputeResult last = compute.compute(timed);
        floor.time(last.runId());
        List<Long> groupBy = new ArrayList<>();
        List<Long> floorTimes = new ArrayList<>();
        List<Long> computeTimes = new ArrayList<>();
        ComputeFloor.Timing lastFloor = null;
        for (int i = 0; i < repeat; i++) {
            groupBy.add(timeGroupBy(timed));
            lastFloor = floor.time(last.runId());
            floorTimes.add(lastFloor.totalMs());
            long t = System.nanoTime();
            last = compute.compute(timed);
            computeTimes.add((System.nanoTime() - t) / 1_000_000);
        }
        MapSqlParameterSource year = new MapSqlParameterSource("period", timed);
        return new ComputeBenchmarkResult(schema, organisations, firstYear, LAST_YEAR,
                count("select count(*) from submission_value", year),
                count(sql.get("bench", "bench-count-period-values"), year),
                last.expected(), generationMs, groupBy, floorTimes, computeTimes, steps(last.runId()),
                lastFloor.statements(), last.rowsWritten(), lastFloor.rows());
    }

    private void generate(MapSqlParameterSource parameters) {
        jdbc.update(sql.get("bench", "bench-clear"), parameters);
        reference.load();
        jdbc.update("update organisation set reports = false where code not like 'BENCH%'", parameters);
        jdbc.update("delete from organisation where code like 'BENCH%'", parameters);
        for (String step : List.of("bench-periods", "bench-organisations", "bench-submissions", "bench-values")) {
            long t = System.nanoTime();
            int rows = jdbc.update(sql.get("bench", step), parameters);
            log.info("bench compute: {} wrote {} rows in {} ms", step, rows, (System.nanoTime() - t) / 1_000_000);
        }
        jdbc.getJdbcTemplate().execute("analyze organisation, reporting_period, submission, submission_value");
    }

    private long timeGroupBy(String period) {
        long t = System.nanoTime();
        jdbc.queryForList(sql.get("bench", "bench-group-by"), new MapSqlParameterSource("period", period));
        return (System.nanoTime() - t) / 1_000_000;
    }

    private List<ComputeBenchmarkResult.StepTime> steps(long runId) {
        return jdbc.query(sql.get("bench", "bench-step-times"), new MapSqlParameterSource("run", runId),
                (rs, n) -> new ComputeBenchmarkResult.StepTime(rs.getString(1), rs.getLong(2)));
    }

    private long count(String query, MapSqlParameterSource parameters) {
        Long count = jdbc.queryForObject(query, parameters, Long.class);
        return count == null ? 0 : count;
    }
}
