package vn.dnnd.submission.sample;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import vn.dnnd.submission.ingest.IntakeFileOutcome;

/** What {@code sample} wrote: the steps to ingest in order, the deliberately bad files, and the manifest. */
public record SampleResult(Path root, List<SampleStep> steps, List<BadFile> badFiles, Path manifest,
                           Map<String, Long> filesByChannel) {

    /** A deliberately bad file and the outcome ingest must give it. */
    public record BadFile(Path file, IntakeFileOutcome expectedOutcome, String rule, String why) {
    }

    public int totalFiles() {
        return steps.stream().mapToInt(SampleStep::files).sum();
    }
}
