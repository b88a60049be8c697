package vn.dnnd.schedule.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import vn.dnnd.referencedata.ReportingPeriod;
import vn.dnnd.reports.status.SubmissionStatus;
import vn.dnnd.reports.text.VietnamTime;
import vn.dnnd.reports.text.VietnameseFormat;

/**
 * Writes the reminder for one organisation: not yet submitted; its last file rejected with these errors; or its
 * latest version returned by a reviewer with this reason (and any file rejected since).
 */
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
        LocalDate today = LocalDate.now(clock);
        long daysLeft = ChronoUnit.DAYS.between(today, period.dueOn());
        String subject = recipient.returned()
                ? "[Chỉ thị 12-CT/TW] Nhắc gửi lại " + period.nameVi() + " bị trả lại để sửa — hạn " + due
                        + " (Reminder: " + period.nameEn() + " returned for correction, due " + period.dueOn() + ")"
                : "[Chỉ thị 12-CT/TW] Nhắc nộp " + period.nameVi() + " — hạn " + due
                        + " (Reminder: " + period.nameEn() + " due " + period.dueOn() + ")";
        StringBuilder body = new StringBuilder();
        body.append("Kính gửi: ").append(recipient.nameVi()).append("\n\n");
        body.append("Đến ngày ").append(VietnameseFormat.date(today)).append(", ").append(properties.senderNameVi());
        if (recipient.returned()) {
            body.append(" chưa có ").append(period.nameVi().toLowerCase()).append(" về kết quả thực hiện Chỉ thị 12-CT/TW ")
                    .append("của đơn vị được tính vào số liệu tổng hợp");
        } else {
            body.append(" chưa nhận được ").append(period.nameVi().toLowerCase())
                    .append(" về kết quả thực hiện Chỉ thị 12-CT/TW của đơn vị");
        }
        body.append(". Hạn nộp: ").append(due)
                .append(daysLeft >= 0 ? " (còn " + daysLeft + " ngày)." : " (đã quá hạn " + -daysLeft + " ngày).").append("\n");
        if (recipient.returned()) {
            body.append("\nPhiên bản ").append(recipient.returnedVersion()).append(" (tệp \"")
                    .append(recipient.returnedFileName()).append("\", gửi ngày ").append(viDate(recipient))
                    .append(") đã bị trả lại để sửa, lý do:\n").append(ReturnedVersionText.quoted(recipient.returnedReason()))
                    .append("\n");
        }
        if (!errors.isEmpty()) {
            SubmissionStatus.RejectedIssue first = errors.get(0);
            body.append("\nTệp \"").append(first.fileName()).append("\" gửi ngày ")
                    .append(first.receivedAt() == null ? "" : VietnameseFormat.date(first.receivedAt().toLocalDate()))
                    .append(" chưa được chấp nhận vì các lỗi sau:\n");
            errors.forEach(error -> body.append("  - ").append(where(error)).append(error.messageVi()).append("\n"));
            body.append("Đề nghị đơn vị sửa các lỗi trên và gửi lại toàn bộ tệp.\n");
        } else if (recipient.returned()) {
            body.append("Đề nghị đơn vị sửa báo cáo và gửi lại toàn bộ tệp.\n");
        } else {
            body.append("Đề nghị đơn vị hoàn thành và gửi báo cáo theo mẫu trước hạn nộp.\n");
        }
        if (recipient.returned()) {
            body.append("Tình trạng từng phiên bản và lý do trả lại có trên cổng thông tin, trang \"Lịch sử gửi báo cáo\": ")
                    .append(properties.historyPage(recipient.code())).append("\n");
        }
        body.append("\nTrân trọng,\n").append(properties.senderNameVi()).append("\n\n---\n");
        body.append("Dear ").append(recipient.nameEn()).append(",\n\n").append("As of ").append(today)
                .append(", the ").append(properties.senderNameEn());
        if (recipient.returned()) {
            body.append(" has no ").append(period.nameEn()).append(" of yours on Directive 12-CT/TW that counts in the ")
                    .append("figures. Due date: ").append(period.dueOn()).append(".\n");
            body.append("Version ").append(recipient.returnedVersion()).append(" (file \"").append(recipient.returnedFileName())
                    .append("\", received ").append(enDate(recipient)).append(") was returned for correction. ")
                    .append("Reason given by the reviewer, as written:\n").append(ReturnedVersionText.quoted(recipient.returnedReason()))
                    .append("\n");
        } else {
            body.append(" has not received your ").append(period.nameEn()).append(" on Directive 12-CT/TW. Due date: ")
                    .append(period.dueOn()).append(".\n");
        }
        if (!errors.isEmpty()) {
            body.append("Your file \"").append(errors.get(0).fileName()).append("\" was rejected:\n");
            errors.forEach(error -> body.append("  - ").append(where(error)).append(error.messageEn()).append("\n"));
            body.append("Please correct these errors and send the whole file again.\n");
        } else if (recipient.returned()) {
            body.append("Please correct the report and send the whole file again.\n");
        }
        if (recipient.returned()) {
            body.append("The portal's \"History of reports sent\" page shows each version's state and the reasons: ")
                    .append(properties.historyPage(recipient.code())).append("\n");
        }
        body.append("\n").append(properties.senderNameEn()).append("\n");
        String status = recipient.returned() ? "returned" : errors.isEmpty() ? "not_submitted" : "rejected";
        return new ReminderMail(recipient, status, subject, body.toString());
    }

    private static String viDate(ReminderRecipient recipient) {
        return recipient.returnedReceivedAt() == null ? ""
                : VietnameseFormat.date(recipient.returnedReceivedAt().atZoneSameInstant(VietnamTime.ZONE).toLocalDate());
    }

    private static String enDate(ReminderRecipient recipient) {
        return recipient.returnedReceivedAt() == null ? ""
                : recipient.returnedReceivedAt().atZoneSameInstant(VietnamTime.ZONE).toLocalDate().toString();
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
