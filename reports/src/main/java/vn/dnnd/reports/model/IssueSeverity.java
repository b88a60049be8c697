package vn.dnnd.reports.model;

/**
 * How serious a {@link DataQualityIssue} is (validation_issue.severity): an error rejects a file, a
 * warning never blocks.
 */
public enum IssueSeverity {
    ERROR, WARNING
}
