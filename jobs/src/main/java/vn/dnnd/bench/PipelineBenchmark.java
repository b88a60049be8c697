package vn.dnnd.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import vn.dnnd.indicator.ComputeService;
import vn.dnnd.referencedata.ReportingPeriod;
import vn.dnnd.report.Edition;
import vn.dnnd.report.RenderService;
import vn.dnnd.submission.ingest.IngestRequest;
import vn.dnnd.submission.ingest.IngestService;
import vn.dnnd.submission.ingest.IngestSummary;
import vn.dnnd.submission.ingest.IntakeFileOutcome;
import vn.dnnd.submission.reference.IntakeReference;
import vn.dnnd.submission.reference.IntakeReferenceLoader;
import vn.dnnd.system.NamedQueries;

/**
 * {@code bench pipeline}: the whole annual pipeline at a chosen size in one JVM, phase by phase, with the heap
 * each phase needs. N synthetic reporters in the national mix (provinces placed in today's six regions) send
 * multi-organisation files (two in three CSV, one in three JSON), one per year, kind and 500
 * organisations, for the years 2022 onwards (the catalogue's first year); every year is ingested by the real
 * ingestJob and computed by the real computeJob, then the last year's reports of every kind in both languages
 * (the analyst workbook with its raw-values sheet included) are rendered by the real renderJob.
 */
@Service
public class PipelineBenchmark {

    /** The catalogue's indicators start in 2022: earlier years would have nothing to submit. */
    static final int FIRST_YEAR = 2022;
    private static final int PER_FILE = 500;

    /** One run: its size, what each phase produced, and each phase's time and memory. */
    public record Result(int organisations, int firstYear, int lastYear, long files, long valuesStored,
                         long resultRows, long currentValuesLastYear, Edition edition, List<HeapWatch.Phase> phases) {
    }

    private final SyntheticReporters syntheticReporters;
    private final IntakeReferenceLoader referenceLoader;
    private final IngestService ingest;
    private final ComputeService compute;
    private final RenderService render;
    private final NamedParameterJdbcTemplate jdbc;
    private final NamedQueries queries;

    public PipelineBenchmark(SyntheticReporters syntheticReporters, IntakeReferenceLoader referenceLoader,
                             IngestService ingest, ComputeService compute, RenderService render,
                             NamedParameterJdbcTemplate jdbc, NamedQueries queries) {
        this.syntheticReporters = syntheticReporters;
        this.referenceLoader = referenceLoader;
        this.ingest = ingest;
        this.compute = compute;
        this.render = render;
        this.jdbc = jdbc;
        this.queries = queries;
    }

    public Result run(int organisations, int years, Path work) throws Exception {
        int firstYear = FIRST_YEAR;
        int lastYear = FIRST_YEAR + years - 1;
        HeapWatch watch = new HeapWatch();
        List<HeapWatch.Phase> phases = new ArrayList<>();
        Map<String, List<String>> reporters = watch.measure("reporters", () -> syntheticReporters.create(organisations, firstYear, lastYear))
                .result();
        var files = watch.measure("files", () -> write(reporters, firstYear, lastYear, work));
        phases.add(files.phase());
        var ingested = watch.measure("ingest", () -> ingestAll(reporters.keySet(), firstYear, lastYear, work));
        phases.add(ingested.phase());
        var computed = watch.measure("compute", () -> computeAll(firstYear, lastYear));
        phases.add(computed.phase());
        var rendered = watch.measure("render", () -> render.render(String.valueOf(lastYear), null, null));
        phases.add(rendered.phase());
        return new Result(organisations, firstYear, lastYear, files.result(), ingested.result(), computed.result(),
                count(queries.get("bench", "bench-count-period-values"), String.valueOf(lastYear)),
                rendered.result(), phases);
    }

    /** Multi-organisation CSV files under {@code work/inbox-<year>/<kind>/}; returns how many. */
    private long write(Map<String, List<String>> reporters, int firstYear, int lastYear, Path work) {
        IntakeReference reference = referenceLoader.load();
        long files = 0;
        for (int year = firstYear; year <= lastYear; year++) {
            ReportingPeriod period = reference.period(String.valueOf(year)).orElseThrow();
            for (var kind : reporters.entrySet()) {
                BenchmarkFiles.writeBundles(inbox(work, year, kind.getKey()), kind.getValue(), year,
                        reference.entered(kind.getKey(), period), PER_FILE);
                files += (kind.getValue().size() + PER_FILE - 1) / PER_FILE;
            }
        }
        return files;
    }

    /** Each year's files arrive on 1 December of that year, on time; returns the values stored. */
    private long ingestAll(Iterable<String> kinds, int firstYear, int lastYear, Path work) {
        for (int year = firstYear; year <= lastYear; year++) {
            for (String kind : kinds) {
                IngestSummary summary = ingest.ingest(new IngestRequest(inbox(work, year, kind),
                        OffsetDateTime.parse(year + "-12-01T09:00:00+07:00"), false, Duration.ZERO));
                summary.files().stream().filter(file -> file.outcome() != IntakeFileOutcome.ACCEPTED).findFirst()
                        .ifPresent(file -> {
                            throw new IllegalStateException(file.fileName() + ": " + file.outcome() + ", "
                                    + file.firstMessageEn());
                        });
            }
        }
        return count("select count(*) from submission_value", null);
    }

    /** Every year in order, so each has its previous year's results; returns the result rows written. */
    private long computeAll(int firstYear, int lastYear) {
        long rows = 0;
        for (int year = firstYear; year <= lastYear; year++) {
            rows += compute.compute(String.valueOf(year)).rowsWritten();
        }
        return rows;
    }

    private static Path inbox(Path work, int year, String kind) {
        return work.resolve("inbox-" + year).resolve(kind);
    }

    private long count(String query, String period) {
        Long count = jdbc.queryForObject(query, new MapSqlParameterSource("period", period), Long.class);
        return count == null ? 0 : count;
    }
}
