package vn.dnnd.submission.ingest;

/**
 * What became of a multi-organisation file as a whole: the {@code intake_bundle.outcome} it is stored
 * with ({@link #code()}). What became of each of its parts is an {@link IntakeFileOutcome}.
 */
public enum IntakeBundleOutcome {

    /** Read and split into its parts, each accepted, rejected or a duplicate on its own. */
    SPLIT("split"),
    /** Could not be read as a whole (encoding, JSON syntax, CSV header): one rejected intake_file row says why. */
    REJECTED("rejected"),
    /** The same bytes were seen before: nothing of it was read. */
    DUPLICATE("duplicate");

    private final String code;

    IntakeBundleOutcome(String code) {
        this.code = code;
    }

    /** As stored in {@code intake_bundle.outcome}. */
    public String code() {
        return code;
    }

    public static IntakeBundleOutcome fromCode(String code) {
        for (IntakeBundleOutcome outcome : values()) {
            if (outcome.code.equals(code)) {
                return outcome;
            }
        }
        throw new IllegalArgumentException("unknown intake_bundle outcome: " + code);
    }
}
