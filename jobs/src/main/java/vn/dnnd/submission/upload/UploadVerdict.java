package vn.dnnd.submission.upload;

import java.util.List;

/**
 * What became of an upload: its status, or the refusal that stored nothing ({@code refusal} set, {@code fileId}
 * null); the organisation and period it is for (as far as known), the version it became when accepted, its
 * intake_file id when stored, the name it was kept under, and every issue.
 */
public record UploadVerdict(UploadStatus status, UploadRefusal refusal, String organisation, String period,
                            Integer version, String versionStatus, Long fileId, String fileName,
                            List<UploadIssue> issues) {

    public UploadVerdict {
        issues = List.copyOf(issues);
    }

    /** Accepted as a version that counts only once a reviewer accepts it. */
    public boolean awaitingReview() {
        return "awaiting".equals(versionStatus);
    }

    public boolean refused() {
        return refusal != null;
    }

    public long errorCount() {
        return issues.stream().filter(UploadIssue::error).count();
    }

    public long warningCount() {
        return issues.size() - errorCount();
    }
}
