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

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern GROUPED = Pattern.compile("[0-9]{1,3}(\\.[0-9]{3})+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");

    private VietnameseNumber() {
    }

    public static Optional<Result> parse(String written) {
        String text = SPACES.matcher(written.strip()).replaceAll("");
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
        if (DIGITS.matcher(text).matches()) {
            return Optional.of(new Result(new BigDecimal(sign + text), Reading.PLAIN));
        }
        if (GROUPED.matcher(text).matches()) {
            boolean oneGroup = text.indexOf('.') == text.lastIndexOf('.');
            return Optional.of(new Result(new BigDecimal(sign + text.replace(".", "")),
                    oneGroup ? Reading.AMBIGUOUS : Reading.PLAIN));
        }
        int dot = text.indexOf('.');
        if (dot > 0 && dot == text.lastIndexOf('.') && dot < text.length() - 1
                && DIGITS.matcher(text.substring(0, dot)).matches() && DIGITS.matcher(text.substring(dot + 1)).matches()) {
            return Optional.of(new Result(new BigDecimal(sign + text), Reading.DECIMAL_POINT));
        }
        return Optional.empty();
    }

    private static Optional<Result> withDecimalComma(String sign, String whole, String fraction) {
        if (!DIGITS.matcher(fraction).matches()) {
            return Optional.empty();
        }
        boolean grouped = GROUPED.matcher(whole).matches();
        if (!grouped && !DIGITS.matcher(whole).matches()) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(sign + whole.replace(".", "") + "." + fraction);
        // "1,234" is 1.234 here but 1234 to an English-locale spreadsheet.
        boolean ambiguous = !grouped && fraction.length() == 3;
        return Optional.of(new Result(value, ambiguous ? Reading.AMBIGUOUS : Reading.PLAIN));
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
