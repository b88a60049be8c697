package vn.dnnd.pipeline;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.dnnd.indicator.ComputeService;
import vn.dnnd.referencedata.ReferenceDataService;
import vn.dnnd.submission.ingest.IngestRequest;
import vn.dnnd.submission.ingest.IngestService;
import vn.dnnd.submission.ingest.IngestSummary;
import vn.dnnd.submission.review.ReviewProperties;
import vn.dnnd.submission.sample.SampleGenerator;
import vn.dnnd.submission.sample.SampleResult;
import vn.dnnd.submission.sample.SampleStep;
import vn.dnnd.system.HomeDirectory;

/**
 * The demo: reference data, sample submissions for 2022-2025 in a new inbox under {@code <home>/demo/},
 * and each year in order, so that every year is computed before the next and the year over year is
 * real: the intake takes the year's groups of files as they arrive; the last group of the latest year
 * goes through the annual pipeline (ingest → compute → render, every kind in both languages), the
 * earlier years are computed only (rendering every kind of four years would take most of a minute).
 * A second demo on the same home writes the same files into a new inbox: they are duplicates, nothing
 * changes, the years are computed again and the latest year gets a new edition.
 */
@Service
public class DemoService {

    public static final int FIRST_YEAR = 2022;
    public static final int LAST_YEAR = 2025;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final ReferenceDataService reference;
    private final SampleGenerator samples;
    private final IngestService ingest;
    private final ComputeService compute;
    private final PipelineService pipeline;
    private final HomeDirectory home;
    private final Clock clock;
    private final DemoReviewer reviewer;
    private final ReviewProperties reviewProperties;

    public DemoService(ReferenceDataService reference, SampleGenerator samples, IngestService ingest,
                       ComputeService compute, PipelineService pipeline, HomeDirectory home, Clock clock,
                       DemoReviewer reviewer, ReviewProperties reviewProperties) {
        this.reference = reference;
        this.samples = samples;
        this.ingest = ingest;
        this.compute = compute;
        this.pipeline = pipeline;
        this.home = home;
        this.clock = clock;
        this.reviewer = reviewer;
        this.reviewProperties = reviewProperties;
    }

    public DemoResult run() {
        long started = System.nanoTime();
        reference.load();
        Path inbox = home.demo().resolve("inbox-" + STAMP.format(LocalDateTime.now(clock)));
        SampleResult sample = samples.generate(FIRST_YEAR, LAST_YEAR, inbox);
        long sampleNanos = System.nanoTime() - started;
        List<DemoResult.Stage> stages = new ArrayList<>();
        List<SampleStep> steps = sample.steps();
        for (int i = 0; i < steps.size(); i++) {
            SampleStep step = steps.get(i);
            String year = yearOf(sample.root(), step);
            boolean lastOfYear = year != null && (i + 1 == steps.size() || !year.equals(yearOf(sample.root(), steps.get(i + 1))));
            boolean annual = lastOfYear && year.equals(String.valueOf(LAST_YEAR));
            IngestSummary taken = null;
            int accepted = 0;
            if (!annual || reviewProperties.required()) {
                // The sample files were written and closed by this process: nothing is still being written.
                taken = ingest.ingest(new IngestRequest(step.directory(), step.asOf(), step.allowLocked(), Duration.ZERO));
                accepted = reviewer.acceptAwaiting(step);
            }
            if (annual) {
                stages.add(new DemoResult.Stage(step, taken, accepted, null, pipeline.annual(year, step.directory(),
                        step.asOf(), step.allowLocked(), Duration.ZERO, null, null)));
            } else {
                stages.add(new DemoResult.Stage(step, taken, accepted, lastOfYear ? compute.compute(year) : null, null));
            }
        }
        return new DemoResult(sample, stages, home.root(), sampleNanos / 1_000_000,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** "2024" for the groups under {@code <root>/2024/}; null for the deliberately bad files. */
    private static String yearOf(Path root, SampleStep step) {
        Path relative = root.relativize(step.directory());
        String first = relative.getName(0).toString();
        return first.matches("\\d{4}") ? first : null;
    }
}
