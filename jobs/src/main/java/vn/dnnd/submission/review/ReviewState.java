package vn.dnnd.submission.review;

import java.util.Arrays;
import java.util.Optional;

/** The states of a version a reviewer deals with, as stored in {@code submission.status}. */
public enum ReviewState {

    AWAITING("awaiting", "chờ duyệt", "awaiting review"),
    ACCEPTED("accepted", "đã duyệt, được tính", "accepted, counted"),
    RETURNED("returned", "trả lại để sửa", "returned for correction"),
    /** Replaced: by a later accepted version, or by a newer upload before anyone reviewed it. */
    SUPERSEDED("superseded", "đã được thay", "superseded");

    private final String code;
    private final String vietnamese;
    private final String english;

    ReviewState(String code, String vietnamese, String english) {
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

    public static Optional<ReviewState> of(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
