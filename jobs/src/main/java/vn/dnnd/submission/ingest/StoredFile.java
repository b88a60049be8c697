package vn.dnnd.submission.ingest;

import java.time.OffsetDateTime;

/** A file already in intake_file, found again by its checksum. */
record StoredFile(long fileId, IntakeFileOutcome outcome, String archivedPath, String fileName,
                  OffsetDateTime receivedAt) {

    /** As read from intake_file, the outcome by its stored code. */
    StoredFile(long fileId, String outcomeCode, String archivedPath, String fileName, OffsetDateTime receivedAt) {
        this(fileId, IntakeFileOutcome.fromCode(outcomeCode), archivedPath, fileName, receivedAt);
    }
}
