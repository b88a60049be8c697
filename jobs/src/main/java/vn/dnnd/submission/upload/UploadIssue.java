package vn.dnnd.submission.upload;

import vn.dnnd.submission.ingest.IntakeRecords;
import vn.dnnd.submission.validation.Issue;

/** One problem of an upload, where it is (sheet and cell, or line and column) and its rule, in both languages. */
public record UploadIssue(String severity, String rule, String sheet, String cell, Integer line, String indicator,
                          String messageVi, String messageEn) {

    public boolean error() {
        return "error".equals(severity);
    }

    /** As stored in validation_issue. */
    static UploadIssue of(IntakeRecords.IssueLine line) {
        return new UploadIssue(line.severity(), line.rule(), line.sheet(), line.cell(), line.line(), line.indicator(),
                line.messageVi(), line.messageEn());
    }

    /** Found but not stored (a refusal). */
    static UploadIssue of(Issue issue) {
        return new UploadIssue(issue.severity().code(), issue.rule().code(), issue.location().sheet(),
                issue.location().cell(), issue.location().line(), issue.indicatorCode(), issue.messageVi(),
                issue.messageEn());
    }
}
