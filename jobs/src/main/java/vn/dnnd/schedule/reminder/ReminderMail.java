package vn.dnnd.schedule.reminder;

/** One reminder ready to send: Vietnamese first, English after, in one plain-text body. */
public record ReminderMail(ReminderRecipient recipient, String status, String subject, String body) {
}
