package vn.dnnd.submission.validation;

/** An error rejects the whole file; a warning is recorded and the file is still accepted. */
public enum Severity {
    ERROR, WARNING;

    public String code() {
        return name().toLowerCase();
    }
}
