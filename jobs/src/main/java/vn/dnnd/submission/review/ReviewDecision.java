package vn.dnnd.submission.review;

/** What a reviewer decides about one version, as stored in {@code review_decision.decision}. */
public enum ReviewDecision {

    /** An awaiting version counts from now on; the version that counted before is superseded. */
    ACCEPT("accept", "duyệt", "accepted"),
    /** An awaiting version never counts; its organisation is told why and sends a corrected one. */
    RETURN("return", "trả lại", "returned"),
    /** An accepted or returned version goes back to awaiting review (the version it replaced counts again). */
    REOPEN("reopen", "mở lại", "reopened");

    private final String code;
    private final String vietnamese;
    private final String english;

    ReviewDecision(String code, String vietnamese, String english) {
        this.code = code;
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public String code() {
        return code;
    }

    public String vietnamese() {
        return vietnamese;
    }

    public String english() {
        return english;
    }
}
