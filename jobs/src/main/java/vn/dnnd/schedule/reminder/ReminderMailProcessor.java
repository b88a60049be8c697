package vn.dnnd.schedule.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import vn.dnnd.referencedata.ReportingPeriod;
import vn.dnnd.reports.status.SubmissionStatus;
import vn.dnnd.reports.text.VietnameseFormat;

/** Writes the reminder for one organisation: not yet submitted, or its last file rejected with these errors. */
class ReminderMailProcessor implements ItemProcessor<ReminderRecipient, ReminderMail> {

    private final ReminderQueries queries;
    private final ReminderProperties properties;
    private final ReportingPeriod period;
    private final Clock clock;

    ReminderMailProcessor(ReminderQueries queries, ReminderProperties properties, ReportingPeriod period, Clock clock) {
        this.queries = queries;
        this.properties = properties;
        this.period = period;
        this.clock = clock;
    }

    @Override
    public ReminderMail process(ReminderRecipient recipient) {
        List<SubmissionStatus.RejectedIssue> errors = recipient.rejectedFileId() == null ? List.of()
                : queries.errorsOf(recipient.rejectedFileId(), properties.errorsPerMail());
        String due = VietnameseFormat.date(period.dueOn());
        long daysLeft = ChronoUnit.DAYS.between(LocalDate.now(clock), period.dueOn());
        String subject = "[Chỉ thị 12-CT/TW] Nhắc nộp " + period.nameVi() + " — hạn " + due
                + " (Reminder: " + period.nameEn() + " due " + period.dueOn() + ")";
        StringBuilder body = new StringBuilder();
        body.append("Kính gửi: ").append(recipient.nameVi()).append("\n\n");
        body.append("Đến ngày ").append(VietnameseFormat.date(LocalDate.now(clock))).append(", ")
                .append(properties.senderNameVi()).append(" chưa nhận được ").append(period.nameVi().toLowerCase())
                .append(" về kết quả thực hiện Chỉ thị 12-CT/TW của đơn vị. Hạn nộp: ").append(due)
                .append(daysLeft >= 0 ? " (còn " + daysLeft + " ngày)." : " (đã quá hạn " + -daysLeft + " ngày).").append("\n");
        if (!errors.isEmpty()) {
            SubmissionStatus.RejectedIssue first = errors.get(0);
            body.append("\nTệp \"").append(first.fileName()).append("\" gửi ngày ")
                    .append(first.receivedAt() == null ? "" : VietnameseFormat.date(first.receivedAt().toLocalDate()))
                    .append(" chưa được chấp nhận vì các lỗi sau:\n");
            errors.forEach(error -> body.append("  - ").append(where(error)).append(error.messageVi()).append("\n"));
            body.append("Đề nghị đơn vị sửa các lỗi trên và gửi lại toàn bộ tệp.\n");
        } else {
            body.append("Đề nghị đơn vị hoàn thành và gửi báo cáo theo mẫu trước hạn nộp.\n");
        }
        body.append("\nTrân trọng,\n").append(properties.senderNameVi()).append("\n\n---\n");
        body.append("Dear ").append(recipient.nameEn()).append(",\n\n").append("As of ").append(LocalDate.now(clock))
                .append(", the ").append(properties.senderNameEn()).append(" has not received your ")
                .append(period.nameEn()).append(" on Directive 12-CT/TW. Due date: ").append(period.dueOn()).append(".\n");
        if (!errors.isEmpty()) {
            body.append("Your file \"").append(errors.get(0).fileName()).append("\" was rejected:\n");
            errors.forEach(error -> body.append("  - ").append(where(error)).append(error.messageEn()).append("\n"));
            body.append("Please correct these errors and send the whole file again.\n");
        }
        body.append("\n").append(properties.senderNameEn()).append("\n");
        return new ReminderMail(recipient, errors.isEmpty() ? "not_submitted" : "rejected", subject, body.toString());
    }

    private static String where(SubmissionStatus.RejectedIssue error) {
        StringBuilder where = new StringBuilder();
        if (error.sheet() != null) {
            where.append(error.sheet());
        }
        if (error.cell() != null) {
            where.append(where.isEmpty() ? "" : " ").append(error.cell());
        } else if (error.lineNo() != null) {
            where.append(where.isEmpty() ? "" : " ").append("dòng (line) ").append(error.lineNo());
        }
        return where.isEmpty() ? "" : "[" + where + "] ";
    }
}
