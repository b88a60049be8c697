package vn.dnnd.schedule.reminder;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code dnnd.reminder}, for reminder mail and the mail telling an organisation its version was
 * returned. Mail goes out only when {@code spring.mail.host} is set; then {@code from} must be set too. The
 * sender's name is a setting: the body that compiles the reports changed in 2025 (Central Foreign Relations
 * Commission → Ministry of Foreign Affairs). {@code portalUrl} is the portal's address as organisations reach it
 * (behind the TLS proxy, e.g. https://ct12.example.vn); when set, mails link to the organisation's history page,
 * otherwise they name the page.
 */
@ConfigurationProperties("dnnd.reminder")
public record ReminderProperties(
        String from,
        @DefaultValue("Cơ quan tổng hợp báo cáo thực hiện Chỉ thị 12-CT/TW") String senderNameVi,
        @DefaultValue("Directive 12-CT/TW reporting office") String senderNameEn,
        @DefaultValue("20") int errorsPerMail,
        String portalUrl) {

    /** Where an organisation sees its versions and their review: a link when the portal's address is set. */
    String historyPage(String orgCode) {
        String path = "/submit/" + orgCode + "/history";
        return portalUrl == null || portalUrl.isBlank() ? path : portalUrl.strip().replaceAll("/+$", "") + path;
    }
}
