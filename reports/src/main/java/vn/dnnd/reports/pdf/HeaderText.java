package vn.dnnd.reports.pdf;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import vn.dnnd.reports.model.DocumentHeader;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.model.ReportMeta;
import vn.dnnd.reports.text.Labels;
import vn.dnnd.reports.text.NumberText;
import vn.dnnd.reports.text.VietnameseFormat;

/**
 * The words of a Party document's header and footer: issuing body, "ĐẢNG CỘNG SẢN VIỆT NAM", the
 * number line, the place-and-date line, title and subject, and a footer that says which edition this is
 * and from how many submissions it was built.
 */
final class HeaderText {

    private HeaderText() {
    }

    static Map<String, Object> parameters(ReportMeta meta, Labels labels, String title, String subject) {
        DocumentHeader header = meta.header();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("HEADER_SUPERIOR", header.superiorBody().isBlank() ? null : header.superiorBody());
        parameters.put("HEADER_BODY", header.issuingBody());
        parameters.put("HEADER_NUMBER", labels.format("doc.number", header.documentNumber()));
        parameters.put("HEADER_PARTY", labels.get("doc.party"));
        parameters.put("HEADER_DATE_LINE", placeAndDate(header.place(), header.date(), labels.language()));
        parameters.put("TITLE", title);
        parameters.put("SUBJECT", subject);
        parameters.put("FOOTER", footer(meta, labels));
        return parameters;
    }

    /** "Hà Nội, ngày 15 tháng 01 năm 2026" / "Hà Nội, 15 January 2026": the place keeps its Vietnamese name. */
    static String placeAndDate(String place, LocalDate date, ReportLanguage language) {
        if (language == ReportLanguage.VI) {
            return place + ", " + VietnameseFormat.longDate(date);
        }
        return place + ", " + DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale()).format(date);
    }

    /** The subject under the title: the header's own, or worded from the period (and region). */
    static String subject(ReportMeta meta, Labels labels, String regionName) {
        if (meta.header().subject() != null) {
            return meta.header().subject().in(labels.language());
        }
        String period = labels.inSentence(meta.period().label().in(labels.language()));
        return regionName == null ? labels.format("doc.subject", period)
                : labels.format("doc.subject.region", period, regionName);
    }

    static String footer(ReportMeta meta, Labels labels) {
        NumberText numbers = new NumberText(labels.language());
        String footer = labels.format("doc.footer", meta.period().name().in(labels.language()), meta.edition(),
                numbers.dateTime(meta.generatedAt()), numbers.count(meta.sources().size()));
        // Versions a reviewer had not yet accepted are left out of every figure: the reader is told how many.
        return meta.awaitingReview() == 0 ? footer
                : footer + " " + labels.format("doc.footer.awaiting", numbers.count(meta.awaitingReview()));
    }
}
