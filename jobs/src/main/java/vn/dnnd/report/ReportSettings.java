package vn.dnnd.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.dnnd.reports.model.Bilingual;

/**
 * What the reports say that does not come from the data ({@code dnnd.report.document}, defaults in
 * {@code config/report.yml}): the header and closing of the document, the centre's directions, which
 * indicators are the key figures and the chart of each task, the short region names and how many passages
 * of the narratives are quoted ({@code lessons}: lessons learned in the whole report, the rest per task).
 */
@ConfigurationProperties("dnnd.report.document")
public record ReportSettings(
        String superiorBody,
        String issuingBody,
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

    public record SignatureSettings(String capacity, String title, String name) {
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
