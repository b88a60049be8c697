package vn.dnnd.submission.parse;

/** How a submission arrived; the code is what submission.channel and intake_file.channel hold. */
public enum Channel {
    XLSX, CSV, JSON;

    public String code() {
        return name().toLowerCase();
    }
}
