package vn.dnnd.schedule.reminder;

import java.time.OffsetDateTime;

/**
 * An expected organisation with no version that counts and none awaiting review for the period, with a contact
 * address: its latest rejected file since its latest version, if any, and that version when a reviewer returned
 * it (null fields otherwise).
 */
public record ReminderRecipient(long orgId, String code, String nameVi, String nameEn, String email, Long rejectedFileId,
                                Integer returnedVersion, String returnedFileName, OffsetDateTime returnedReceivedAt,
                                String returnedReason) {

    boolean returned() {
        return returnedVersion != null;
    }
}
