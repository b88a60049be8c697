package vn.dnnd.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.dnnd.reports.model.Bilingual;
import vn.dnnd.reports.model.IssuingBodyKind;
import vn.dnnd.reports.model.Signature;

/**
 * What the reports say that does not come from the data ({@code dnnd.report.document}, defaults in
 * {@code config/report.yml}): the header and closing of the document (the signer's lines worded by the kind
 * of issuing body), the centre's directions, which
 * indicators are the key figures and the chart of each task, the short region names and how many passages
 * of the narratives are quoted ({@code lessons}: lessons learned in the whole report, the rest per task).
 */
@ConfigurationProperties("dnnd.report.document")
public record ReportSettings(
        String superiorBody,
        String issuingBody,
        IssuingBodyKind issuingBodyKind,
        String documentNumber,
        String place,
        List<String> recipients,
        SignatureSettings signature,
        List<Text> directions,
        List<String> keyFigures,
        List<String> charts,
        Map<String, Text> regionShortNames,
        int achievementsPerTask,
        int findingsPerTask,
        int proposalsPerTask,
        int lessons,
        int excerptCharacters) {

    public ReportSettings {
        Objects.requireNonNull(issuingBody, "dnnd.report.document.issuing-body");
        Objects.requireNonNull(documentNumber, "dnnd.report.document.document-number");
        Objects.requireNonNull(place, "dnnd.report.document.place");
        issuingBodyKind = issuingBodyKind == null ? IssuingBodyKind.PARTY_COMMITTEE : issuingBodyKind;
        signature = signature == null ? new SignatureSettings(null, null, null, null) : signature;
        signature.of(issuingBodyKind); // a signer the kind of body does not have fails at start-up, not at rendering
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        directions = directions == null ? List.of() : List.copyOf(directions);
        keyFigures = keyFigures == null ? List.of() : List.copyOf(keyFigures);
        charts = charts == null ? List.of() : List.copyOf(charts);
        regionShortNames = regionShortNames == null ? Map.of() : Map.copyOf(regionShortNames);
        if (achievementsPerTask < 0 || findingsPerTask < 0 || proposalsPerTask < 0 || lessons < 0 || excerptCharacters < 80) {
            throw new IllegalArgumentException("dnnd.report.document: passages per task and lessons must be 0 or more and "
                    + "excerpt-characters at least 80");
        }
    }

    /** A text of the settings in Vietnamese and English. */
    public record Text(String vi, String en) {

        public Bilingual bilingual() {
            return Bilingual.of(vi, en);
        }
    }

    /**
     * Who signs (head, deputy or by-order); the capacity and title lines follow from the kind of issuing body
     * unless set here (an empty line set here stays empty).
     */
    public record SignatureSettings(IssuingBodyKind.Signer signer, String capacity, String title, String name) {

        public Signature of(IssuingBodyKind kind) {
            Signature worded = kind.signature(signer == null ? IssuingBodyKind.Signer.HEAD : signer, name);
            return new Signature(capacity == null ? worded.capacity() : capacity,
                    title == null ? worded.title() : title, worded.name());
        }
    }

    /** The chart indicator configured for a task, or null. */
    public String chartOf(int taskNo) {
        String prefix = "T" + taskNo + ".";
        return charts.stream().filter(code -> code.startsWith(prefix)).findFirst().orElse(null);
    }

    /** The short name of a region code, or null when none is configured. */
    public Bilingual regionShortName(String regionCode) {
        Text text = regionShortNames.get(regionCode);
        return text == null ? null : text.bilingual();
    }
}
