package vn.dnnd.submission.parse;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a number written by Vietnamese rules: "." groups thousands, "," marks decimals
 * ("1.234" = 1234, "1,5" = 1.5, "1.234.567,25"). Spaces between groups are allowed. Where another
 * reading is plausible the result says so: "1.234" or "1,234" could be an English-locale 1.234 or
 * 1234 ({@link Reading#AMBIGUOUS}); "1234.5" cannot be a thousands group and is read as a decimal
 * point ({@link Reading#DECIMAL_POINT}).
 */
public final class VietnameseNumber {

    /** How sure the reading is. */
    public enum Reading { PLAIN, AMBIGUOUS, DECIMAL_POINT }

    public record Result(BigDecimal value, Reading reading) {
    }

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");

    private VietnameseNumber() {
    }

    public static Optional<Result> parse(String written) {
        // Most answers are plain digits: read at once, without the scans below (same result).
        if (digits(written)) {
            return Optional.of(new Result(written.length() <= 18 ? BigDecimal.valueOf(Long.parseLong(written))
                    : new BigDecimal(written), Reading.PLAIN));
        }
        String stripped = written.strip();
        String text = hasSpace(stripped) ? SPACES.matcher(stripped).replaceAll("") : stripped;
        String sign = "";
        if (text.startsWith("-") || text.startsWith("+")) {
            sign = text.startsWith("-") ? "-" : "";
            text = text.substring(1);
        }
        if (text.isEmpty()) {
            return Optional.empty();
        }
        int comma = text.indexOf(',');
        if (comma != text.lastIndexOf(',')) {
            return Optional.empty();
        }
        if (comma >= 0) {
            return withDecimalComma(sign, text.substring(0, comma), text.substring(comma + 1));
        }
        if (digits(text)) {
            return Optional.of(new Result(new BigDecimal(sign + text), Reading.PLAIN));
        }
        if (grouped(text)) {
            boolean oneGroup = text.indexOf('.') == text.lastIndexOf('.');
            return Optional.of(new Result(new BigDecimal(sign + text.replace(".", "")),
                    oneGroup ? Reading.AMBIGUOUS : Reading.PLAIN));
        }
        int dot = text.indexOf('.');
        if (dot > 0 && dot == text.lastIndexOf('.') && dot < text.length() - 1
                && digits(text.substring(0, dot)) && digits(text.substring(dot + 1))) {
            return Optional.of(new Result(new BigDecimal(sign + text), Reading.DECIMAL_POINT));
        }
        return Optional.empty();
    }

    private static Optional<Result> withDecimalComma(String sign, String whole, String fraction) {
        if (!digits(fraction)) {
            return Optional.empty();
        }
        boolean grouped = grouped(whole);
        if (!grouped && !digits(whole)) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(sign + whole.replace(".", "") + "." + fraction);
        // "1,234" is 1.234 here but 1234 to an English-locale spreadsheet.
        boolean ambiguous = !grouped && fraction.length() == 3;
        return Optional.of(new Result(value, ambiguous ? Reading.AMBIGUOUS : Reading.PLAIN));
    }

    /** One or more ASCII digits ([0-9]+), checked by hand: this runs for every numeric answer. */
    private static boolean digits(String text) {
        return digits(text, 0, text.length());
    }

    private static boolean digits(String text, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Thousands groups: [0-9]{1,3}(\.[0-9]{3})+. */
    private static boolean grouped(String text) {
        int dot = text.indexOf('.');
        if (dot < 1 || dot > 3 || !digits(text, 0, dot)) {
            return false;
        }
        for (int at = dot; at < text.length(); at += 4) {
            if (text.charAt(at) != '.' || at + 4 > text.length() || !digits(text, at + 1, at + 4)) {
                return false;
            }
        }
        return true;
    }

    /** Whether SPACES would find anything: [\s\u00A0\u202F]. */
    private static boolean hasSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0' || c == '\u202F') {
                return true;
            }
        }
        return false;
    }

    /** How Vietnamese writes the value back: 1234.5 → "1.234,5". */
    public static String format(BigDecimal value) {
        String plain = value.stripTrailingZeros().toPlainString();
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(whole.charAt(i));
        }
        if (point >= 0) {
            grouped.append(',').append(digits.substring(point + 1));
        }
        return (negative ? "-" : "") + grouped;
    }
}
