package vn.dnnd.reports.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Row models of the submission-status workbook: who was expected to report for a period, who has not,
 * whose files were rejected and why, whose report awaits review or was returned by a reviewer (and why).
 * Plain data; the job that fills them reads the database.
 */
public final class SubmissionStatus {

    private SubmissionStatus() {
    }

    /**
     * Where an organisation's report stands. Submitted: a version counts. Awaiting review: it sent its report but
     * no version counts yet, so it is neither reminded nor counted as submitted. Returned: a reviewer returned its
     * latest version and nothing newer came. Rejected: only files that failed the checks. Not submitted: nothing.
     */
    public enum State {
        SUBMITTED("Đã nộp", "submitted"),
        AWAITING("Đã gửi, đang chờ duyệt, chưa được tính", "sent, awaiting review, not counted yet"),
        RETURNED("Bị trả lại để sửa, chưa gửi lại", "returned for correction, not sent again"),
        REJECTED("Tệp bị từ chối, chưa có báo cáo hợp lệ", "rejected, no accepted report"),
        NOT_SUBMITTED("Chưa nộp", "not submitted");

        public final String vietnamese;
        public final String english;

        State(String vietnamese, String english) {
            this.vietnamese = vietnamese;
            this.english = english;
        }

        /** Whether a reminder goes to the organisation: its report is missing (a version awaiting review is not). */
        public boolean reminded() {
            return this != SUBMITTED && this != AWAITING;
        }
    }

    /** The workbook as a whole: the period, when it was made, and its rows. */
    public record Report(String periodCode, String periodNameVi, LocalDate dueOn, LocalDateTime generatedAt,
                         String reminder, List<Organisation> organisations, List<RejectedIssue> issues) {

        public long count(State state) {
            return organisations.stream().filter(o -> o.state() == state).count();
        }

        public long withoutContact() {
            return organisations.stream().filter(o -> o.state().reminded())
                    .filter(o -> o.contactEmail() == null || o.contactEmail().isBlank()).count();
        }
    }

    /**
     * One expected organisation and where its report stands.
     *
     * @param awaitingVersion its version awaiting review, null when none
     * @param returnedVersion its latest version when a reviewer returned it and nothing newer came, else null
     * @param returnedReason  the reviewer's reason for that return
     */
    public record Organisation(String code, String nameVi, String kindVi, String regionVi, State state,
                               LocalDateTime submittedAt, Boolean onTime, String lastRejectedFile,
                               LocalDateTime lastRejectedAt, int lastRejectedErrors, String contactEmail,
                               Integer awaitingVersion, Integer returnedVersion, String returnedReason) {

        /** Where the report stands from what is stored: a counted version, one awaiting review, a return, files. */
        public static State state(boolean counted, Integer awaitingVersion, Integer returnedVersion, boolean rejectedFile) {
            if (counted) {
                return State.SUBMITTED;
            }
            if (awaitingVersion != null) {
                return State.AWAITING;
            }
            if (returnedVersion != null) {
                return State.RETURNED;
            }
            return rejectedFile ? State.REJECTED : State.NOT_SUBMITTED;
        }
    }

    /** One error of a rejected file, with where it is in the file. */
    public record RejectedIssue(String fileName, LocalDateTime receivedAt, String orgCode, String sheet, String cell,
                                Integer lineNo, String indicatorCode, String rule, String messageVi, String messageEn) {
    }
}
