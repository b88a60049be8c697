package vn.dnnd.reports.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The header and closing of a Party document. Everything here comes from settings, not from data:
 * the issuing body and the recipients change when the central foreign-relations body changes.
 *
 * @param superiorBody   the line above the issuing body, e.g. "ĐẢNG BỘ CHÍNH PHỦ"; empty when none
 * @param issuingBody    "ĐẢNG ỦY BỘ NGOẠI GIAO" (kept in Vietnamese in the English edition)
 * @param documentNumber what follows "Số:", e.g. "15-BC/ĐUBNG"; "…-BC/ĐUBNG" before a number is given
 * @param place          "Hà Nội"
 * @param date           the date on the place-and-date line
 * @param subject        the line under "BÁO CÁO"; null lets the renderer word it from the period
 * @param recipients     the lines of "Nơi nhận:", e.g. "Ban Bí thư (để báo cáo)", "Lưu VP."
 * @param signature      the signature block, or null to leave the place for a hand signature empty
 */
public record DocumentHeader(
        String superiorBody,
        String issuingBody,
        String documentNumber,
        String place,
        LocalDate date,
        Bilingual subject,
        List<String> recipients,
        Signature signature) {

    public DocumentHeader {
        superiorBody = superiorBody == null ? "" : superiorBody;
        Objects.requireNonNull(issuingBody, "issuingBody");
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(date, "date");
        recipients = List.copyOf(recipients);
    }
}
