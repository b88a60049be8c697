package vn.dnnd.reports.text;

import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import vn.dnnd.reports.model.Bilingual;
import vn.dnnd.reports.model.ReportLanguage;

/**
 * The words of the outputs, from the resource bundles {@code vn/dnnd/reports/i18n/labels*.properties}:
 * the base bundle is Vietnamese, {@code labels_en} English. The JVM's default locale never decides the
 * language: an English machine still writes Vietnamese reports unless English is asked for.
 */
public final class Labels {

    private static final String BUNDLE = "vn.dnnd.reports.i18n.labels";
    private static final Map<ReportLanguage, Labels> CACHE = new EnumMap<>(ReportLanguage.class);

    static {
        for (ReportLanguage language : ReportLanguage.values()) {
            CACHE.put(language, new Labels(language));
        }
    }

    private final ReportLanguage language;
    private final ResourceBundle bundle;

    private Labels(ReportLanguage language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Labels of(ReportLanguage language) {
        return CACHE.get(language);
    }

    public ReportLanguage language() {
        return language;
    }

    /** The bundle itself, for JRXML templates ($R{key}). */
    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("label missing from " + BUNDLE + " (" + language.code() + "): " + key, e);
        }
    }

    /**
     * The label with {0}, {1}, ... replaced by the arguments as given. Plain replacement, not
     * MessageFormat: numbers arrive already written in the report's language, and an apostrophe in an
     * English label stays an apostrophe.
     */
    public String format(String key, Object... arguments) {
        String text = get(key);
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }

    /**
     * A label used inside a sentence: Vietnamese writes "năm 2025" in running text where a column
     * header says "Năm 2025"; English labels are left as they are.
     */
    public String inSentence(String label) {
        if (language != ReportLanguage.VI || label == null || label.isEmpty()) {
            return label;
        }
        return label.substring(0, 1).toLowerCase(language.locale()) + label.substring(1);
    }

    /** The same key in both languages, e.g. for a scope name that both editions print. */
    public static Bilingual both(String key) {
        return Bilingual.of(of(ReportLanguage.VI).get(key), of(ReportLanguage.EN).get(key));
    }
}
