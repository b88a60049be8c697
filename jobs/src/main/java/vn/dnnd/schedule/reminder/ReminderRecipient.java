package vn.dnnd.schedule.reminder;

/** An expected organisation without an accepted report for the period, with a contact address. */
public record ReminderRecipient(long orgId, String code, String nameVi, String nameEn, String email, Long rejectedFileId) {
}
