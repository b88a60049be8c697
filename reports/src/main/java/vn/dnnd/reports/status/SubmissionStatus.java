package vn.dnnd.reports.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Row models of the submission-status workbook: who was expected to report for a period, who has not,
 * whose files were rejected and why. Plain data; the job that fills them reads the database.
 */
public final class SubmissionStatus {

    private SubmissionStatus() {
    }

    public enum State {
        SUBMITTED("Đã nộp", "submitted"),
        REJECTED("Tệp bị từ chối, chưa có báo cáo hợp lệ", "rejected, no accepted report"),
        NOT_SUBMITTED("Chưa nộp", "not submitted");

        public final String vietnamese;
        public final String english;

        State(String vietnamese, String english) {
            this.vietnamese = vietnamese;
            this.english = english;
        }
    }

    /** The workbook as a whole: the period, when it was made, and its rows. */
    public record Report(String periodCode, String periodNameVi, LocalDate dueOn, LocalDateTime generatedAt,
                         String reminder, List<Organisation> organisations, List<RejectedIssue> issues) {

        public long count(State state) {
            return organisations.stream().filter(o -> o.state() == state).count();
        }

        public long withoutContact() {
            return organisations.stream().filter(o -> o.state() != State.SUBMITTED)
                    .filter(o -> o.contactEmail() == null || o.contactEmail().isBlank()).count();
        }
    }

    /** One expected organisation and where its report stands. */
    public record Organisation(String code, String nameVi, String kindVi, String regionVi, State state,
                               LocalDateTime submittedAt, Boolean onTime, String lastRejectedFile,
                               LocalDateTime lastRejectedAt, int lastRejectedErrors, String contactEmail) {
    }

    /** One error of a rejected file, with where it is in the file. */
    public record RejectedIssue(String fileName, LocalDateTime receivedAt, String orgCode, String sheet, String cell,
                                Integer lineNo, String indicatorCode, String rule, String messageVi, String messageEn) {
    }
}
