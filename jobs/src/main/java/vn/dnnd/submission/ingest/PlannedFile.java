package vn.dnnd.submission.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.dnnd.submission.validation.Issue;

/**
 * What the writer does with one file (or one part of a multi-organisation file) of a chunk, one record
 * per outcome: its intake_file id, where it goes in the archive, and what else is stored of it.
 */
sealed interface PlannedFile {

    IngestItem item();

    /** A new intake_file id; for a file only left to archive, the one stored before. */
    long fileId();

    Path archivedPath();

    /** Its intake_file outcome: decided now, or, for a file only left to archive, by the run that stored it. */
    IntakeFileOutcome outcome();

    /** A file recorded now: an intake_file row and a validation_issue row per issue. */
    sealed interface Recorded extends PlannedFile {

        List<Issue> issues();

        default int errorCount() {
            return (int) issues().stream().filter(Issue::isError).count();
        }

        default int warningCount() {
            return issues().size() - errorCount();
        }
    }

    /**
     * A new version of its organisation's report for the period, numbered after the versions before it
     * ({@code supersedesId}: the one it replaces, null for the first); {@code status} says whether a later
     * file of the same chunk supersedes it at once.
     */
    record Accepted(IngestItem item, long fileId, long submissionId, int version, SubmissionVersionStatus status,
                    Long supersedesId, Path archivedPath, List<Issue> issues) implements Recorded {

        @Override
        public IntakeFileOutcome outcome() {
            return IntakeFileOutcome.ACCEPTED;
        }

        Accepted superseded() {
            return new Accepted(item, fileId, submissionId, version, SubmissionVersionStatus.SUPERSEDED, supersedesId,
                    archivedPath, issues);
        }

        /** With warnings found once the chunk's submissions were stored (outliers). */
        Accepted withMoreIssues(List<Issue> more) {
            List<Issue> all = new ArrayList<>(issues);
            all.addAll(more);
            return new Accepted(item, fileId, submissionId, version, status, supersedesId, archivedPath, all);
        }
    }

    /** Never a submission: its errors are stored, and written to the error report beside the archived file. */
    record Rejected(IngestItem item, long fileId, Path archivedPath, List<Issue> issues) implements Recorded {

        @Override
        public IntakeFileOutcome outcome() {
            return IntakeFileOutcome.REJECTED;
        }
    }

    /** The same bytes as file {@code duplicateOf}, stored before or earlier in the chunk: a note, nothing else. */
    record Duplicate(IngestItem item, long fileId, long duplicateOf, Path archivedPath, List<Issue> issues)
            implements Recorded {

        @Override
        public IntakeFileOutcome outcome() {
            return IntakeFileOutcome.DUPLICATE;
        }
    }

    /** Stored by an earlier run that was interrupted before the file left the inbox: only moved. */
    record FinishArchiving(IngestItem item, long fileId, IntakeFileOutcome earlierOutcome, Path archivedPath)
            implements PlannedFile {

        @Override
        public IntakeFileOutcome outcome() {
            return earlierOutcome;
        }
    }
}
