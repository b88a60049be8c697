package vn.dnnd.submission.ingest;

/**
 * What became of one file, or one part of a multi-organisation file: the {@code intake_file.outcome}
 * it is stored with ({@link #code()}). A multi-organisation file seen again as a whole is reported with
 * the same words ({@link IngestResults}).
 */
public enum IntakeFileOutcome {

    /** A new version of its organisation's report for the period. */
    ACCEPTED("accepted"),
    /** Not stored: the validation issues say why, the error report beside the archived file too. */
    REJECTED("rejected"),
    /** The same bytes (for a part, the same canonical content) were ingested before: nothing changed. */
    DUPLICATE("duplicate");

    private final String code;

    IntakeFileOutcome(String code) {
        this.code = code;
    }

    /** As stored in {@code intake_file.outcome}, and as printed to the operator. */
    public String code() {
        return code;
    }

    public static IntakeFileOutcome fromCode(String code) {
        for (IntakeFileOutcome outcome : values()) {
            if (outcome.code.equals(code)) {
                return outcome;
            }
        }
        throw new IllegalArgumentException("unknown intake_file outcome: " + code);
    }
}
