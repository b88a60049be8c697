package vn.dnnd.submission.upload;

/**
 * Why an upload was turned away before anything of it was stored (no intake_file row, no archive copy). The
 * web layer answers each with its own status: 413, 400, 400, 403 and 400 (the page: the same, with the message).
 */
public enum UploadRefusal {
    /** Larger than the portal's limit: not even read to the end. */
    TOO_LARGE,
    /** Not .xlsx, .csv or .json. */
    WRONG_TYPE,
    /** A multi-organisation file: the portal takes one organisation's report for one period per file. */
    MULTI_ORGANISATION,
    /** For an organisation the caller may not submit for. */
    FORBIDDEN,
    /** Uploaded for one organisation and period, holding another's report. */
    OTHER_TARGET
}
