package vn.dnnd.submission.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import vn.dnnd.referencedata.ReferenceDataService;
import vn.dnnd.submission.ingest.IngestRequest;
import vn.dnnd.submission.ingest.IngestService;
import vn.dnnd.submission.reference.IntakeReference;
import vn.dnnd.submission.reference.IntakeReferenceLoader;
import vn.dnnd.submission.reference.Period;

/**
 * {@code bench ingest}: synthetic submissions for N organisations × Y years go through the real
 * ingestJob (parse, validate, store, archive), then the very same values are loaded by a raw COPY
 * into an unindexed table in the same database; both rates are reported side by side.
 */
@Service
public class IngestBenchmark {

    /** The figures of one run. */
    public record Result(int organisations, int years, long files, long values, double generateSeconds,
                         double ingestSeconds, double copySeconds) {

        public double ingestRate() {
            return values / ingestSeconds;
        }

        public double copyRate() {
            return values / copySeconds;
        }
    }

    private final ReferenceDataService referenceData;
    private final IntakeReferenceLoader referenceLoader;
    private final IngestService ingest;
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    public IngestBenchmark(ReferenceDataService referenceData, IntakeReferenceLoader referenceLoader,
                           IngestService ingest, JdbcTemplate jdbc, DataSource dataSource) {
        this.referenceData = referenceData;
        this.referenceLoader = referenceLoader;
        this.ingest = ingest;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    public Result run(int organisations, int yearCount, Path work) throws Exception {
        referenceData.load();
        List<String> orgs = BenchmarkData.organisations(jdbc, organisations);
        List<Integer> years = BenchmarkData.years(jdbc, yearCount);
        IntakeReference reference = referenceLoader.load();
        long started = System.nanoTime();
        long values = 0;
        for (int year : years) {
            Period period = reference.period(String.valueOf(year)).orElseThrow();
            values += BenchmarkFiles.write(work.resolve("inbox-" + year), orgs, year, reference.entered("central_org", period));
        }
        double generated = seconds(started);
        long before = count();
        started = System.nanoTime();
        for (int year : years) {
            // Each year's files arrive early in December of that year: on time, period open.
            ingest.ingest(new IngestRequest(work.resolve("inbox-" + year),
                    OffsetDateTime.parse(year + "-12-01T09:00:00+07:00"), false));
        }
        double ingested = seconds(started);
        long stored = count() - before;
        if (stored != values) {
            throw new IllegalStateException("ingest stored " + stored + " values of " + values + " written");
        }
        return new Result(orgs.size(), years.size(), (long) orgs.size() * years.size(), values, generated, ingested,
                rawCopy());
    }

    private long count() {
        Long count = jdbc.queryForObject("select count(*) from submission_value", Long.class);
        return count == null ? 0 : count;
    }

    /** The same rows, exported to memory first, then timed: one COPY into a fresh table without any index. */
    private double rawCopy() throws Exception {
        jdbc.execute("drop table if exists bench_raw_value");
        jdbc.execute("""
                create table bench_raw_value (submission_id bigint, indicator_code text, numeric_value numeric,
                    boolean_value boolean, not_applicable boolean, note text, source_ref text)""");
        try (Connection connection = dataSource.getConnection()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            ByteArrayOutputStream rows = new ByteArrayOutputStream();
            copy.copyOut("copy (select submission_id, indicator_code, numeric_value, boolean_value, not_applicable, note, "
                    + "source_ref from submission_value) to stdout", rows);
            long started = System.nanoTime();
            copy.copyIn("copy bench_raw_value from stdin", new ByteArrayInputStream(rows.toByteArray()));
            return seconds(started);
        } finally {
            jdbc.execute("drop table if exists bench_raw_value");
        }
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
