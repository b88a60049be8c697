package vn.dnnd.schedule.reminder;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import vn.dnnd.reports.text.VietnamTime;
import vn.dnnd.reports.text.VietnameseFormat;

/**
 * The words of the mail telling an organisation that a version was returned: Vietnamese first, English after,
 * in one plain-text body like the reminders. The reviewer's reason is quoted as written.
 */
final class ReturnedVersionText {

    private static final DateTimeFormatter VI_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ReturnedVersionText() {
    }

    static String subject(ReturnedVersion v) {
        return "[Chỉ thị 12-CT/TW] Trả lại để sửa: " + v.periodNameVi() + " của " + v.orgNameVi() + ", phiên bản "
                + v.version() + " (Returned for correction: " + v.periodNameEn() + " of " + v.orgNameEn() + ", version "
                + v.version() + ")";
    }

    static String body(ReturnedVersion v, ReminderProperties properties) {
        String page = properties.historyPage(v.orgCode());
        StringBuilder body = new StringBuilder();
        body.append("Kính gửi: ").append(v.orgNameVi()).append("\n\n");
        body.append("Phiên bản ").append(v.version()).append(" của ").append(lowerFirst(v.periodNameVi()))
                .append(" về kết quả thực hiện Chỉ thị 12-CT/TW của đơn vị (tệp \"").append(v.fileName())
                .append("\", nhận lúc ").append(vi(v.receivedAt())).append(") đã được trả lại để sửa lúc ")
                .append(vi(v.decidedAt())).append(". Phiên bản này không được tính vào số liệu tổng hợp.\n\n");
        body.append("Lý do trả lại (người duyệt ").append(v.decidedBy()).append("):\n").append(quoted(v.reason())).append("\n");
        body.append(v.countedVersion() == null ? "Đơn vị chưa có phiên bản nào được tính cho kỳ này.\n"
                : "Phiên bản " + v.countedVersion() + " đã được duyệt trước đó vẫn được tính cho đến khi một phiên bản "
                        + "mới được duyệt.\n");
        body.append("Đề nghị đơn vị sửa và gửi lại toàn bộ báo cáo. Hạn nộp: ").append(VietnameseFormat.date(v.dueOn()))
                .append("; khóa sổ: ").append(VietnameseFormat.date(v.locksOn())).append(".\n");
        body.append("Tình trạng từng phiên bản và lý do trả lại có trên cổng thông tin, trang \"Lịch sử gửi báo cáo\": ")
                .append(page).append("\n");
        body.append("\nTrân trọng,\n").append(properties.senderNameVi()).append("\n\n---\n");
        body.append("Dear ").append(v.orgNameEn()).append(",\n\n");
        body.append("Version ").append(v.version()).append(" of your ").append(v.periodNameEn())
                .append(" on Directive 12-CT/TW (file \"").append(v.fileName()).append("\", received ")
                .append(en(v.receivedAt())).append(") was returned for correction on ").append(en(v.decidedAt()))
                .append(" (Vietnam time). It does not count in the figures.\n\n");
        body.append("Reason given by the reviewer (").append(v.decidedBy()).append("), as written:\n")
                .append(quoted(v.reason())).append("\n");
        body.append(v.countedVersion() == null ? "None of your versions counts for this period yet.\n"
                : "Version " + v.countedVersion() + ", accepted earlier, counts until a new version is accepted.\n");
        body.append("Please correct the report and send the whole of it again. Due date: ").append(v.dueOn())
                .append("; lock date: ").append(v.locksOn()).append(".\n");
        body.append("The portal's \"History of reports sent\" page shows each version's state and the reasons: ")
                .append(page).append("\n");
        body.append("\n").append(properties.senderNameEn()).append("\n");
        return body.toString();
    }

    /** Each line of the reason indented, so a reason of several lines stays one block. */
    static String quoted(String reason) {
        return reason == null ? "  —" : reason.lines().map(line -> "  " + line).reduce((a, b) -> a + "\n" + b).orElse("  —");
    }

    /** "Báo cáo năm 2025" inside a sentence: "báo cáo năm 2025". */
    private static String lowerFirst(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static String vi(OffsetDateTime time) {
        return VI_TIME.format(time.atZoneSameInstant(VietnamTime.ZONE));
    }

    private static String en(OffsetDateTime time) {
        return EN_TIME.format(time.atZoneSameInstant(VietnamTime.ZONE));
    }
}
