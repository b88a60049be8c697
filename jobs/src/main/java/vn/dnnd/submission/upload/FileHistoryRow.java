package vn.dnnd.submission.upload;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import vn.dnnd.reports.text.VietnamTime;

/**
 * One file received for an organisation: its outcome ({@code accepted}, {@code rejected}, {@code duplicate}), the
 * version it became and that version's status now ({@code accepted} = current, {@code superseded}, {@code awaiting}
 * review or {@code returned} for correction, with the reviewer's reason and name), and who sent it: {@code uploadedBy} (a portal login or {@code token:<id>}) or, for an inbox file, the preparer it names.
 */
public record FileHistoryRow(long fileId, String periodCode, String outcome, Integer version, String versionStatus,
                             OffsetDateTime receivedAt, String channel, String fileName, String uploadedBy,
                             String submittedBy, Boolean onTime, int errorCount, int warningCount,
                             String reviewReason, String reviewedBy) {

    /** Through the portal or the API (else an inbox). */
    public boolean uploaded() {
        return uploadedBy != null;
    }

    /** Who sent it, as far as known: the uploader, else the preparer the file names, else null. */
    public String sender() {
        return uploadedBy != null ? uploadedBy : submittedBy;
    }

    /** When it came, in Vietnam time, as the deadlines are judged. */
    public LocalDateTime receivedInVietnam() {
        return receivedAt.atZoneSameInstant(VietnamTime.ZONE).toLocalDateTime();
    }

    public boolean current() {
        return "accepted".equals(versionStatus);
    }
}
