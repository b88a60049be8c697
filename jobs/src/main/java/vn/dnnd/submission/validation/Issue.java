package vn.dnnd.submission.validation;

import vn.dnnd.system.Rule;

/**
 * One problem found in a file. {@link #messageVi()} and {@link #messageEn()} are complete sentences
 * naming the file, the place (sheet and cell, or line), the indicator and the rule, so that a row of
 * validation_issue or a line of the error report can be read on its own.
 */
public record Issue(Severity severity, Rule rule, String fileName, Part part, Location location, String indicatorCode,
                    String indicatorLabel, String valueText, String detailVi, String detailEn) {

    /** The organisation and period a part of a multi-organisation file is about (null for a single file). */
    public record Part(String orgCode, String periodCode) {
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public String messageVi() {
        StringBuilder text = new StringBuilder(severity == Severity.ERROR ? "Lỗi" : "Cảnh báo");
        text.append(": tệp ").append(fileName);
        if (part != null) {
            text.append(", phần của tổ chức ").append(part.orgCode()).append(" kỳ ").append(part.periodCode());
        }
        String where = location.vietnamese();
        if (!where.isEmpty()) {
            text.append(", ").append(where);
        }
        if (indicatorLabel != null) {
            text.append(", chỉ tiêu ").append(indicatorLabel);
        }
        return text.append(": ").append(detailVi).append(" [quy tắc: ").append(rule.vietnamese()).append("]").toString();
    }

    public String messageEn() {
        StringBuilder text = new StringBuilder(severity == Severity.ERROR ? "Error" : "Warning");
        text.append(": file ").append(fileName);
        if (part != null) {
            text.append(", part of organisation ").append(part.orgCode()).append(" period ").append(part.periodCode());
        }
        String where = location.english();
        if (!where.isEmpty()) {
            text.append(", ").append(where);
        }
        if (indicatorCode != null) {
            text.append(", indicator ").append(indicatorCode);
        }
        return text.append(": ").append(detailEn).append(" [rule: ").append(rule.code()).append("]").toString();
    }
}
