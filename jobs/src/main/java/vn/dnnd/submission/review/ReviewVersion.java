package vn.dnnd.submission.review;

import java.time.OffsetDateTime;

/**
 * One version as a reviewer sees it in a period's list: whose, which, its state ({@code awaiting},
 * {@code accepted}: the one that counts, {@code returned}), how many warnings intake found, and the latest
 * decision on it (null fields when none was taken: a version counted without review).
 */
public record ReviewVersion(long submissionId, String orgCode, String orgNameVi, String orgNameEn, String periodCode,
                            int version, String status, OffsetDateTime receivedAt, boolean onTime, String fileName,
                            String sentBy, int warningCount, String lastDecision, String lastReason,
                            String decidedBy, OffsetDateTime decidedAt) {

    public boolean awaiting() {
        return ReviewState.AWAITING.code().equals(status);
    }

    public boolean returned() {
        return ReviewState.RETURNED.code().equals(status);
    }
}
