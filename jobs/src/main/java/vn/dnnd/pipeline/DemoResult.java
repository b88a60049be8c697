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
     * One group of sample files: taken by the intake (ingest), then for a year's last group its compute;
     * or taken by the annual pipeline of its year.
     */
    public record Stage(SampleStep step, IngestSummary intake, ComputeResult computed, PipelineResult pipeline) {

        static Stage pipeline(SampleStep step, PipelineResult result) {
            return new Stage(step, null, null, result);
        }
    }
}
