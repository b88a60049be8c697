package vn.dnnd.reports.model;

/** validation_issue.severity: an error rejects a file, a warning never blocks. */
public enum Severity {
    ERROR, WARNING
}
