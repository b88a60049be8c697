package vn.dnnd.reports.model;

import java.util.Locale;

/** The language an output is written in. Vietnamese is the first language of every output. */
public enum ReportLanguage {
    VI("vi", Locale.forLanguageTag("vi-VN")),
    EN("en", Locale.forLanguageTag("en-GB"));

    private final String code;
    private final Locale locale;

    ReportLanguage(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** "vi" or "en", as stored in report_artifact.language and given on the command line. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    public static ReportLanguage fromCode(String code) {
        for (ReportLanguage language : values()) {
            if (language.code.equalsIgnoreCase(code)) {
                return language;
            }
        }
        throw new IllegalArgumentException("Ngôn ngữ không hỗ trợ (unsupported language): " + code + "; vi|en");
    }
}
