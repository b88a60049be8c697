package vn.dnnd.bench;

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
import vn.dnnd.referencedata.ReportingPeriod;
import vn.dnnd.submission.ingest.IngestRequest;
import vn.dnnd.submission.ingest.IngestService;
import vn.dnnd.submission.reference.IndicatorDefinition;
import vn.dnnd.submission.reference.IntakeReference;
import vn.dnnd.submission.reference.IntakeReferenceLoader;
import vn.dnnd.system.NamedQueries;

/**
 * {@code bench ingest}: synthetic submissions for N organisations × Y years go through the real
 * ingestJob (parse, validate, store, archive), then the very same values are loaded by a raw COPY
 * into an unindexed table in the same database; both rates are reported side by side. Two shapes in
 * one run: a file per organisation and year, and multi-organisation files (N other organisations).
 */
@Service
public class IngestBenchmark {

    /**
     * The figures of one shape: its files, values, and the ingest and COPY times of the same values,
     * raw (a table without any index) and keyed (a table with submission_value's primary key and checks).
     */
    public record Shape(long files, long values, double generateSeconds, double ingestSeconds, double copySeconds,
                        double keyedCopySeconds) {

        public double ingestRate() {
            return values / ingestSeconds;
        }

        public double copyRate() {
            return values / copySeconds;
        }

        public double keyedCopyRate() {
            return values / keyedCopySeconds;
        }
    }

    /** One run: both shapes, each on its own organisations, in the same database. */
    public record Result(int organisations, int years, int perBundle, Shape perFile, Shape bulk) {
    }

    private final ReferenceDataService referenceData;
    private final IntakeReferenceLoader referenceLoader;
    private final IngestService ingest;
    private final JdbcTemplate jdbc;
    private final NamedQueries queries;
    private final DataSource dataSource;

    public IngestBenchmark(ReferenceDataService referenceData, IntakeReferenceLoader referenceLoader,
                           IngestService ingest, JdbcTemplate jdbc, NamedQueries queries, DataSource dataSource) {
        this.referenceData = referenceData;
        this.referenceLoader = referenceLoader;
        this.ingest = ingest;
        this.jdbc = jdbc;
        this.queries = queries;
        this.dataSource = dataSource;
    }

    /**
     * {@code organisations} synthetic organisations send one file each per year; as many others are sent
     * in multi-organisation files of {@code perBundle} organisations per file and year.
     */
    public Result run(int organisations, int yearCount, int perBundle, Path work) throws Exception {
        referenceData.load();
        List<String> orgs = BenchmarkData.organisations(jdbc, queries, 2 * organisations);
        List<Integer> years = BenchmarkData.years(jdbc, queries, yearCount);
        IntakeReference reference = referenceLoader.load();
        Shape perFile = shape(orgs.subList(0, organisations), years, reference, work.resolve("files"), 0);
        Shape bulk = shape(orgs.subList(organisations, orgs.size()), years, reference, work.resolve("bulk"), perBundle);
        return new Result(organisations, years.size(), perBundle, perFile, bulk);
    }

    private Shape shape(List<String> orgs, List<Integer> years, IntakeReference reference, Path work, int perBundle)
            throws Exception {
        long started = System.nanoTime();
        long values = 0;
        long files = 0;
        for (int year : years) {
            ReportingPeriod period = reference.period(String.valueOf(year)).orElseThrow();
            List<IndicatorDefinition> indicators = reference.entered("central_org", period);
            Path inbox = work.resolve("inbox-" + year);
            values += perBundle == 0 ? BenchmarkFiles.write(inbox, orgs, year, indicators)
                    : BenchmarkFiles.writeBundles(inbox, orgs, year, indicators, perBundle);
            files += perBundle == 0 ? orgs.size() : (orgs.size() + perBundle - 1) / perBundle;
        }
        double generated = seconds(started);
        long firstId = maxSubmissionId();
        long before = count();
        started = System.nanoTime();
        for (int year : years) {
            // Each year's files arrive early in December of that year: on time, period open.
            ingest.ingest(new IngestRequest(work.resolve("inbox-" + year),
                    OffsetDateTime.parse(year + "-12-01T09:00:00+07:00"), false, java.time.Duration.ZERO));
        }
        double ingested = seconds(started);
        long stored = count() - before;
        if (stored != values) {
            throw new IllegalStateException("ingest stored " + stored + " values of " + values + " written");
        }
        return new Shape(files, values, generated, ingested,
                copy(firstId, queries.get("bench", "bench-create-raw-copy-table")),
                copy(firstId, queries.get("bench", "bench-create-keyed-copy-table")));
    }

    private long maxSubmissionId() {
        Long id = jdbc.queryForObject("select coalesce(max(submission_id), 0) from submission", Long.class);
        return id == null ? 0 : id;
    }

    private long count() {
        Long count = jdbc.queryForObject("select count(*) from submission_value", Long.class);
        return count == null ? 0 : count;
    }

    /** The same rows, exported to memory first, then timed: one COPY into a fresh table created by {@code create}. */
    private double copy(long afterSubmissionId, String create) throws Exception {
        jdbc.execute("drop table if exists bench_copy_value");
        jdbc.execute(create);
        try (Connection connection = dataSource.getConnection()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            ByteArrayOutputStream rows = new ByteArrayOutputStream();
            copy.copyOut("copy (select submission_id, indicator_code, numeric_value, boolean_value, not_applicable, note, "
                    + "source_ref, period_code from submission_value where submission_id > " + afterSubmissionId
                    + ") to stdout", rows);
            long started = System.nanoTime();
            copy.copyIn("copy bench_copy_value (submission_id, indicator_code, numeric_value, boolean_value, "
                    + "not_applicable, note, source_ref, period_code) from stdin", new ByteArrayInputStream(rows.toByteArray()));
            return seconds(started);
        } finally {
            jdbc.execute("drop table if exists bench_copy_value");
        }
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
