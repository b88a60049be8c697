package vn.dnnd.submission.upload;

/**
 * What an upload is said to be for: the page's organisation and period ({@code /submit/HN/2025}), or for the API
 * the caller's only organisation (period null). A file holding another organisation's or period's report is
 * refused; a file too damaged to say whom it is for is recorded as this organisation's and period's rejection,
 * so that its sender finds it in the history. Either part may be null.
 */
public record UploadTarget(String organisation, String period) {
}
