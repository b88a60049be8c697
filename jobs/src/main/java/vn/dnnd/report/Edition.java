package vn.dnnd.report;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

/** One archived edition of a period's reports and the files recorded for it. */
public record Edition(String period, int number, OffsetDateTime createdAt, long runId, List<String> kinds,
                      List<String> languages, Path directory, List<Artifact> files) {

    public Edition {
        kinds = List.copyOf(kinds);
        languages = List.copyOf(languages);
        files = List.copyOf(files);
    }

    /** A file of the edition as recorded in report_artifact. */
    public record Artifact(String kind, String language, String scope, Path path, long bytes, String sha256) {
    }
}
