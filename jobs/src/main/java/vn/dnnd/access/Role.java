package vn.dnnd.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.dnnd.system.DnndException;

/** What a portal or API user may do (DESIGN 5b); a user may hold several. */
public enum Role {
    /** Templates, uploads, versions and error reports of its own organisations. */
    SUBMITTER("người nộp báo cáo", "submitter"),
    /** The central desk that checks submissions; the status board. */
    REVIEWER("người kiểm tra", "reviewer"),
    /** Every figure and the analyst workbook; the status board. */
    ANALYST("chuyên viên phân tích", "analyst"),
    /** Summaries, briefings, region reports; the status board. */
    LEADER("lãnh đạo", "leader"),
    /** Users, tokens, jobs and schedules. */
    ADMIN("quản trị", "administrator");

    private final String vietnamese;
    private final String english;

    Role(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public String vietnamese() {
        return vietnamese;
    }

    public String english() {
        return english;
    }

    /** The Spring Security authority of the role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** A role named on the command line, in any case; an unknown name lists the valid ones. */
    public static Role parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String valid = Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
            throw new DnndException("Vai trò không hợp lệ: " + text + "; các vai trò: " + valid,
                    "unknown role " + text + "; roles: " + valid);
        }
    }
}
