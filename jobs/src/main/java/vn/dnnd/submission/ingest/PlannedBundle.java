package vn.dnnd.submission.ingest;

import java.nio.file.Path;
import java.util.List;

/** What the writer does with one multi-organisation file of a chunk, one record per case. */
sealed interface PlannedBundle {

    IngestBundle bundle();

    long bundleId();

    Path archivedPath();

    /**
     * Seen for the first time: its parts, or the file as one rejected item when it could not be read as a
     * whole, are planned with the chunk like single files.
     */
    record FirstSeen(IngestBundle bundle, long bundleId, Path archivedPath, List<IngestItem> parts)
            implements PlannedBundle {

        IntakeBundleOutcome outcome() {
            return bundle.readable() ? IntakeBundleOutcome.SPLIT : IntakeBundleOutcome.REJECTED;
        }
    }

    /** The same bytes as bundle {@code duplicateOf}, stored before or earlier in the chunk: nothing of it is read. */
    record Duplicate(IngestBundle bundle, long bundleId, long duplicateOf, Path archivedPath) implements PlannedBundle {
    }

    /**
     * Stored by an earlier run that was interrupted before the file left the inbox: only moved, with the
     * error report that run meant to write ({@code errorReportPath}, null when none).
     */
    record FinishArchiving(IngestBundle bundle, long bundleId, Path archivedPath, Path errorReportPath)
            implements PlannedBundle {
    }
}
