package vn.dnnd.submission.ingest;

/** A file already in intake_file, found again by its checksum. */
record StoredFile(long fileId, String outcome, String archivedPath, String fileName, java.time.OffsetDateTime receivedAt) {
}
