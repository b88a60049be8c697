package vn.dnnd.submission.ingest;

/**
 * Whether a stored version of an organisation's report for a period is the current one: the
 * {@code submission.status} it is stored with. Not a file's outcome ({@link IntakeFileOutcome}): an
 * accepted file's version stays in the database when a later one supersedes it.
 */
enum SubmissionVersionStatus {

    /** The current version: the one computed and reported. */
    ACCEPTED("accepted"),
    /** Replaced by a later version; kept, with when. */
    SUPERSEDED("superseded"),
    /** Stored while review is required: counted only once a reviewer accepts it. */
    AWAITING("awaiting");

    private final String code;

    SubmissionVersionStatus(String code) {
        this.code = code;
    }

    /** As stored in {@code submission.status}. */
    String code() {
        return code;
    }
}
