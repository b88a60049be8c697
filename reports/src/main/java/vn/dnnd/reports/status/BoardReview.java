package vn.dnnd.reports.status;

/**
 * Where a reporter's report stands with the reviewers (review of submissions): a version awaits review (not
 * counted yet), the latest version was returned for correction and nothing newer came, or the version that
 * counts is the latest. Null on a row when nothing was received.
 */
public enum BoardReview {
    AWAITING, ACCEPTED, RETURNED;

    /**
     * A version awaiting review comes first (it is what a reviewer acts on), then a latest version returned, then
     * a counted one; null when there is none of these.
     */
    public static BoardReview of(boolean counted, Integer awaitingVersion, Integer returnedVersion) {
        if (awaitingVersion != null) {
            return AWAITING;
        }
        if (returnedVersion != null) {
            return RETURNED;
        }
        return counted ? ACCEPTED : null;
    }
}
