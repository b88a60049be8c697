package vn.dnnd.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
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
import vn.dnnd.system.HomeDirectory;

/**
 * {@code bench cluster}: one reporting year of N synthetic reporters, a file each (two in three CSV, one in three
 * JSON), through ingest, compute and render (every kind, both languages), in this process or, with workers,
 * as a manager whose ingest and render partitions run on worker JVMs; each phase's wall time and, per kind of
 * partition, how many there were and what they cost (from the job repository).
 */
@Service
public class ClusterBenchmark {

    static final int YEAR = 2025;

    /** One kind of partition: how many ran, their summed and longest time, and the items they wrote. */
    public record PartitionCost(String step, long partitions, double seconds, double longestSeconds, long written) {
    }

    public record Result(int organisations, int workers, long files, Duration ingest, Duration compute,
                         Duration render, Edition edition, List<PartitionCost> partitions) {
    }

    private final SyntheticReporters reporters;
    private final IntakeReferenceLoader referenceLoader;
    private final IngestService ingest;
    private final ComputeService compute;
    private final RenderService render;
    private final JdbcTemplate jdbc;
    private final HomeDirectory home;

    public ClusterBenchmark(SyntheticReporters reporters, IntakeReferenceLoader referenceLoader, IngestService ingest,
                            ComputeService compute, RenderService render, JdbcTemplate jdbc, HomeDirectory home) {
        this.reporters = reporters;
        this.referenceLoader = referenceLoader;
        this.ingest = ingest;
        this.compute = compute;
        this.render = render;
        this.jdbc = jdbc;
        this.home = home;
    }

    /** {@code workers} 0: everything in this process; else that many workers on {@code broker}'s {@code queue}. */
    public Result run(int organisations, int workers, String broker, String queue, Path work) throws Exception {
        Map<String, List<String>> byKind = reporters.create(organisations, YEAR, YEAR);
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        IntakeReference reference = referenceLoader.load();
        ReportingPeriod period = reference.period(String.valueOf(YEAR)).orElseThrow();
        long files = 0;
        for (var kind : byKind.entrySet()) {
            BenchmarkFiles.write(inbox, kind.getValue(), YEAR, reference.entered(kind.getKey(), period));
            files += kind.getValue().size();
        }
        LocalDateTime since = jdbc.queryForObject("select localtimestamp", LocalDateTime.class);
        try (BenchWorkers started = workers == 0 ? null
                : new BenchWorkers(workers, home.root(), broker, queue, Files.createDirectories(work.resolve("logs")))) {
            if (started != null) {
                started.awaitJoined(jdbc, Duration.ofMinutes(3));
            }
            long t0 = System.nanoTime();
            IngestSummary summary = ingest.ingest(new IngestRequest(inbox, OffsetDateTime.parse(YEAR + "-12-01T09:00:00+07:00"),
                    false, Duration.ZERO));
            summary.files().stream().filter(file -> file.outcome() != IntakeFileOutcome.ACCEPTED).findFirst()
                    .ifPresent(file -> {
                        throw new IllegalStateException(file.fileName() + ": " + file.outcome() + ", " + file.firstMessageEn());
                    });
            long t1 = System.nanoTime();
            compute.compute(String.valueOf(YEAR));
            long t2 = System.nanoTime();
            Edition edition = render.render(String.valueOf(YEAR), null, null);
            long t3 = System.nanoTime();
            return new Result(organisations, workers, files, Duration.ofNanos(t1 - t0), Duration.ofNanos(t2 - t1),
                    Duration.ofNanos(t3 - t2), edition, partitionCosts(since));
        }
    }

    private List<PartitionCost> partitionCosts(LocalDateTime since) {
        return jdbc.query("""
                select split_part(step_name, ':', 1), count(*),
                       sum(extract(epoch from end_time - start_time)), max(extract(epoch from end_time - start_time)),
                       sum(write_count)
                from batch_step_execution where start_time >= ? and step_name like '%PartitionStep:%'
                group by 1 order by 1""", (row, i) -> new PartitionCost(row.getString(1), row.getLong(2),
                row.getDouble(3), row.getDouble(4), row.getLong(5)), since);
    }
}
