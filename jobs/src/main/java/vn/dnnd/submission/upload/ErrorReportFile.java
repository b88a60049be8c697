package vn.dnnd.submission.upload;

/** A file's error report for download: a plain ASCII name (never the client's) and the CSV's bytes. */
public record ErrorReportFile(long fileId, String downloadName, byte[] content) {
}
