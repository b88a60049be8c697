package vn.dnnd.reports.model;

import java.util.Objects;

/**
 * A text that exists in Vietnamese and, where the reference data has it, in English (task names,
 * indicator names and units, region names, period names). Proper names that stay Vietnamese in the
 * English edition (organisations, provinces, the issuing body) are plain strings, not Bilingual.
 *
 * @param vi the Vietnamese text (required)
 * @param en the English text; when null the Vietnamese text is used in the English edition too
 */
public record Bilingual(String vi, String en) {

    public Bilingual {
        Objects.requireNonNull(vi, "vi");
    }

    public static Bilingual of(String vi, String en) {
        return new Bilingual(vi, en);
    }

    /** A text written the same in both editions, such as a proper name or a code. */
    public static Bilingual same(String text) {
        return new Bilingual(text, text);
    }

    public String in(ReportLanguage language) {
        return language == ReportLanguage.EN && en != null && !en.isBlank() ? en : vi;
    }
}
