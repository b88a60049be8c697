package vn.dnnd.pipeline;

import java.nio.file.Path;
import java.util.List;
import vn.dnnd.submission.ingest.IngestSummary;
import vn.dnnd.submission.sample.SampleResult;
import vn.dnnd.submission.sample.SampleStep;

/** What the demo wrote and ran: the sample, each group's intake or annual pipeline, and the timings. */
public record DemoResult(SampleResult sample, List<Stage> stages, Path home, long sampleMillis, long totalMillis) {

    public DemoResult {
        stages = List.copyOf(stages);
    }

    /** One group of sample files: taken by the intake (ingest) or by the annual pipeline of its year. */
    public record Stage(SampleStep step, IngestSummary intake, PipelineResult pipeline) {

        static Stage intake(SampleStep step, IngestSummary summary) {
            return new Stage(step, summary, null);
        }

        static Stage pipeline(SampleStep step, PipelineResult result) {
            return new Stage(step, null, result);
        }
    }
}
