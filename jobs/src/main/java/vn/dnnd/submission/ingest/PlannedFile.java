package vn.dnnd.submission.ingest;

import java.nio.file.Path;
import java.util.List;
import vn.dnnd.submission.validation.Issue;

/**
 * What the writer does with one file of a chunk: its intake_file id and outcome, for an accepted
 * file its submission id, version and status, and where the file goes in the archive.
 */
record PlannedFile(IngestItem item, Outcome outcome, long fileId, Long duplicateOf, Long submissionId, int version,
                   String status, Long supersedesId, Path archivedPath, List<Issue> issues) {

    enum Outcome {
        ACCEPTED, REJECTED, DUPLICATE,
        /** Stored by an earlier run that was interrupted before the file left the inbox: only move it. */
        FINISH_ARCHIVING;

        String code() {
            return name().toLowerCase();
        }
    }

    PlannedFile withIssues(List<Issue> more) {
        return new PlannedFile(item, outcome, fileId, duplicateOf, submissionId, version, status, supersedesId,
                archivedPath, more);
    }

    PlannedFile withArchivedPath(Path path) {
        return new PlannedFile(item, outcome, fileId, duplicateOf, submissionId, version, status, supersedesId, path,
                issues);
    }

    int errorCount() {
        return (int) issues.stream().filter(Issue::isError).count();
    }

    int warningCount() {
        return issues.size() - errorCount();
    }
}
