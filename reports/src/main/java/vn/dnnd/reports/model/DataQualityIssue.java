package vn.dnnd.reports.model;

import java.util.Objects;

/**
 * A problem found in a submitted file (a row of validation_issue with its intake_file): where it is and
 * which rule it broke. Location fields are null when they do not apply.
 *
 * @param rule     the rule's stored code ("late")
 * @param ruleName the rule's name as a reader sees it ("nộp muộn", "late")
 */
public record DataQualityIssue(
        String fileName,
        String organisationCode,
        String sheet,
        String cell,
        Integer line,
        String indicatorCode,
        String rule,
        Bilingual ruleName,
        IssueSeverity severity,
        String messageVi,
        String messageEn) {

    public DataQualityIssue {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(ruleName, "ruleName");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(messageVi, "messageVi");
    }
}
