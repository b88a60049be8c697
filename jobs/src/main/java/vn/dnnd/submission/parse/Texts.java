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

    /** The position of the first NUL character (U+0000), which PostgreSQL cannot store in text, or -1. */
    public static int indexOfNul(String text) {
        return text == null ? -1 : text.indexOf('\u0000');
    }

    /**
     * Text from a file as a message may quote it: at most {@code max} characters (then "…"), control
     * characters shown as visible symbols (NUL as ␀) so that a message stays one readable line whatever
     * the file held, and never grows with the file.
     */
    public static String excerpt(String text, int max) {
        if (text == null) {
            return null;
        }
        boolean cut = text.length() > max;
        String head = cut ? text.substring(0, Character.isHighSurrogate(text.charAt(max - 1)) ? max - 2 : max - 1) : text;
        StringBuilder shown = new StringBuilder(head.length() + 1);
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            shown.append(c == '\u0000' ? '\u2400' : c < 0x20 ? ' ' : c);
        }
        return cut ? shown.append('…').toString() : shown.toString();
    }

    /** A value quoted in a message: {@link #excerpt(String, int)} of 60 characters. */
    public static String quoted(String text) {
        return excerpt(text, 60);
    }

    /** "Không áp dụng", "n/a" and the like, in any case. */
    public static boolean meansNotApplicable(String text) {
        String cleaned = clean(text);
        return cleaned != null && NOT_APPLICABLE.contains(cleaned.toLowerCase(Locale.ROOT));
    }
}
