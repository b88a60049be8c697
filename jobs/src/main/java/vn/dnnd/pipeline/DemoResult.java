package vn.dnnd.pipeline;

import java.nio.file.Path;
import java.util.List;
import vn.dnnd.indicator.ComputeResult;
import vn.dnnd.submission.ingest.IngestSummary;
import vn.dnnd.submission.sample.SampleResult;
import vn.dnnd.submission.sample.SampleStep;

/** What the demo wrote and ran: the sample, each group's intake or annual pipeline, and the timings. */
public record DemoResult(SampleResult sample, List<Stage> stages, Path home, long sampleMillis, long totalMillis) {

    public DemoResult {
        stages = List.copyOf(stages);
    }

    /**
     * One group of sample files: taken by the intake (ingest), its new versions accepted by the demo's reviewer
     * when review is required ({@code accepted}, else 0), then for a year's last group its compute; or taken by
     * the annual pipeline of its year (when review is required, the intake and the review come first and the
     * pipeline finds the inbox taken).
     */
    public record Stage(SampleStep step, IngestSummary intake, int accepted, ComputeResult computed,
                        PipelineResult pipeline) {
    }
}
