package vn.dnnd.submission.upload;

/** What an upload became, as the API says it ({@link #code()}). */
public enum UploadStatus {
    /** A new version of its organisation's report for the period. */
    ACCEPTED,
    /** Not a version: its issues say why (stored with the file, or, for a refusal, not stored at all). */
    REJECTED,
    /** The same content was received before: nothing changed. */
    DUPLICATE;

    public String code() {
        return name().toLowerCase();
    }
}
