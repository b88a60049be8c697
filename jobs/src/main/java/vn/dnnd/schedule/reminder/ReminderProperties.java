package vn.dnnd.schedule.reminder;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code dnnd.reminder}. Mail goes out only when {@code spring.mail.host} is set; then
 * {@code from} must be set too. The sender's name is a setting: the body that compiles the reports
 * changed in 2025 (Central Foreign Relations Commission → Ministry of Foreign Affairs).
 */
@ConfigurationProperties("dnnd.reminder")
public record ReminderProperties(
        String from,
        @DefaultValue("Cơ quan tổng hợp báo cáo thực hiện Chỉ thị 12-CT/TW") String senderNameVi,
        @DefaultValue("Directive 12-CT/TW reporting office") String senderNameEn,
        @DefaultValue("20") int errorsPerMail) {
}
