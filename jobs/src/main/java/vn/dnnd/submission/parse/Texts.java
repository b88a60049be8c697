package vn.dnnd.submission.parse;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Text as intake stores it: Unicode NFC, trimmed, without invisible characters; blank is null. */
public final class Texts {

    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF]");
    private static final Set<String> NOT_APPLICABLE = Set.of("không áp dụng", "khong ap dung", "kad", "n/a", "na",
            "not applicable");

    private Texts() {
    }

    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        if (plainAscii(text)) {
            // Most fields (codes, periods, numbers) are printable ASCII: already NFC, nothing invisible.
            return text;
        }
        String normalised = Normalizer.normalize(INVISIBLE.matcher(text).replaceAll(""), Normalizer.Form.NFC)
                .replace('\u00A0', ' ').strip();
        return normalised.isEmpty() ? null : normalised;
    }

    /** Non-empty printable ASCII without surrounding spaces. */
    private static boolean plainAscii(String text) {
        int n = text.length();
        if (n == 0 || text.charAt(0) == ' ' || text.charAt(n - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    /** "Không áp dụng", "n/a" and the like, in any case. */
    public static boolean meansNotApplicable(String text) {
        String cleaned = clean(text);
        return cleaned != null && NOT_APPLICABLE.contains(cleaned.toLowerCase(Locale.ROOT));
    }
}
