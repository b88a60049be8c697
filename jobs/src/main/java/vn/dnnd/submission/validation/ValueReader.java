package vn.dnnd.submission.validation;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.dnnd.submission.parse.CellInput;
import vn.dnnd.submission.parse.Texts;
import vn.dnnd.submission.parse.VietnameseNumber;
import vn.dnnd.submission.reference.IndicatorDefinition;
import vn.dnnd.system.Rule;

/**
 * Reads one answer by what the catalogue says it is, whatever type the cell claimed: numbers by
 * vi-VN rules, yes/no in Vietnamese or English; dates and formulas without a result are refused.
 */
final class ValueReader {

    private static final Set<String> YES = Set.of("có", "co", "yes", "y", "true", "x");
    private static final Set<String> NO = Set.of("không", "khong", "no", "n", "false");
    private static final Pattern LOOKS_LIKE_DATE = Pattern.compile("\\d{1,4}[/-]\\d{1,2}([/-]\\d{1,4})?");
    private static final BigDecimal LARGEST = new BigDecimal("1e15");
    /** More decimals than a double written by Excel ever has (0.30000000000000004): not a figure anyone meant. */
    private static final int MAX_DECIMALS = 20;

    private ValueReader() {
    }

    static Optional<BigDecimal> number(CellInput input, IndicatorDefinition indicator, Location where, Issues issues) {
        Optional<BigDecimal> read = readNumber(input, indicator, where, issues);
        read.ifPresent(value -> checkRange(value, indicator, where, input.shown(), issues));
        return read;
    }

    private static Optional<BigDecimal> readNumber(CellInput input, IndicatorDefinition indicator, Location where,
                                                   Issues issues) {
        if (input instanceof CellInput.Number n) {
            return Optional.of(n.value());
        }
        if (input instanceof CellInput.Formula f) {
            return formula(f, where, indicator, issues) ? readNumber(f.cached(), indicator, where, issues) : Optional.empty();
        }
        if (input instanceof CellInput.DateCell d) {
            issues.error(Rule.DATE_IN_NUMBER, where, indicator, d.shown(), "ô số chứa ngày tháng (" + Texts.quoted(d.shown())
                            + "); có thể Excel đã tự đổi số bạn gõ thành ngày: hãy định dạng ô là số và nhập lại",
                    "a number cell holds a date (" + Texts.quoted(d.shown()) + "); Excel may have turned the number typed into a date");
            return Optional.empty();
        }
        if (input instanceof CellInput.Bool b) {
            issues.error(Rule.NOT_A_NUMBER, where, indicator, b.shown(), "cần một số, không phải giá trị đúng/sai",
                    "a number is expected, not TRUE/FALSE");
            return Optional.empty();
        }
        if (!(input instanceof CellInput.Text text)) {
            return Optional.empty();
        }
        Optional<VietnameseNumber.Result> parsed = VietnameseNumber.parse(text.text());
        if (parsed.isEmpty()) {
            boolean date = LOOKS_LIKE_DATE.matcher(text.text()).matches();
            issues.error(date ? Rule.DATE_IN_NUMBER : Rule.NOT_A_NUMBER, where, indicator, text.text(),
                    "'" + Texts.quoted(text.text()) + "' không phải là số" + (date ? " (giống ngày tháng)" : "")
                            + "; viết số kiểu Việt Nam, ví dụ 1.234 hoặc 1.234,5",
                    "'" + Texts.quoted(text.text()) + "' is not a number" + (date ? " (it looks like a date)" : "")
                            + "; write Vietnamese style, e.g. 1.234 or 1.234,5");
            return Optional.empty();
        }
        VietnameseNumber.Result result = parsed.get();
        // For a count, "1.234" has one sensible reading (1234: the other is not a whole number), and
        // "1,234" is refused as not whole; only amounts (USD, VND) are really ambiguous.
        boolean wholeAnyway = indicator.isWholeNumber() && result.value().stripTrailingZeros().scale() <= 0;
        if (result.reading() == VietnameseNumber.Reading.AMBIGUOUS && !wholeAnyway) {
            String reading = VietnameseNumber.format(result.value());
            issues.warning(Rule.AMBIGUOUS_NUMBER, where, indicator, text.text(), "'" + Texts.quoted(text.text())
                            + "' được đọc theo quy tắc Việt Nam là " + reading + "; nếu ý khác, hãy sửa và gửi lại",
                    "'" + Texts.quoted(text.text()) + "' was read by Vietnamese rules as " + result.value().toPlainString()
                            + "; if another value was meant, correct it and resubmit");
        } else if (result.reading() == VietnameseNumber.Reading.DECIMAL_POINT) {
            String reading = VietnameseNumber.format(result.value());
            issues.warning(Rule.DECIMAL_POINT, where, indicator, text.text(), "'" + Texts.quoted(text.text())
                            + "' dùng dấu chấm thập phân; được đọc là " + reading + " (kiểu Việt Nam dùng dấu phẩy)",
                    "'" + Texts.quoted(text.text()) + "' uses a decimal point; read as " + result.value().toPlainString());
        }
        return Optional.of(result.value());
    }

    /** Below 10^15 in size and with at most 20 decimals: a number that can be a figure and be stored as one. */
    static boolean withinBounds(BigDecimal value) {
        return value.abs().compareTo(LARGEST) < 0 && value.stripTrailingZeros().scale() <= MAX_DECIMALS;
    }

    private static void checkRange(BigDecimal value, IndicatorDefinition indicator, Location where, String shown,
                                   Issues issues) {
        if (value.compareTo(LARGEST.negate()) <= 0 || value.compareTo(LARGEST) >= 0) {
            issues.error(Rule.OUT_OF_RANGE, where, indicator, shown, "giá trị " + Texts.quoted(shown)
                            + " lớn bất thường (từ 10^15 trở lên)",
                    "value " + Texts.quoted(shown) + " is implausibly large (10^15 or more)");
        } else if (value.stripTrailingZeros().scale() > MAX_DECIMALS) {
            issues.error(Rule.OUT_OF_RANGE, where, indicator, shown, "giá trị " + Texts.quoted(shown)
                            + " có hơn " + MAX_DECIMALS + " chữ số thập phân",
                    "value " + Texts.quoted(shown) + " has more than " + MAX_DECIMALS + " decimal places");
        } else if (value.signum() < 0) {
            issues.error(Rule.NEGATIVE, where, indicator, shown, "giá trị " + Texts.quoted(shown) + " là số âm; số liệu này không thể âm",
                    "value " + Texts.quoted(shown) + " is negative; this figure cannot be below zero");
        } else if (indicator.isWholeNumber() && value.stripTrailingZeros().scale() > 0) {
            issues.error(Rule.NOT_WHOLE, where, indicator, shown, "giá trị " + Texts.quoted(shown) + " phải là số nguyên (" + indicator.unitVi() + ")",
                    "value " + Texts.quoted(shown) + " must be a whole number (" + indicator.unitEn() + ")");
        } else if (indicator.valueType().equals("percent") && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            issues.error(Rule.OUT_OF_RANGE, where, indicator, shown, "tỷ lệ phần trăm " + Texts.quoted(shown) + " phải từ 0 đến 100",
                    "percentage " + Texts.quoted(shown) + " must be between 0 and 100");
        }
    }

    static Optional<Boolean> yesNo(CellInput input, IndicatorDefinition indicator, Location where, Issues issues) {
        if (input instanceof CellInput.Bool b) {
            return Optional.of(b.value());
        }
        if (input instanceof CellInput.Formula f) {
            return formula(f, where, indicator, issues) ? yesNo(f.cached(), indicator, where, issues) : Optional.empty();
        }
        String text = input.shown().strip().toLowerCase(Locale.ROOT);
        if (YES.contains(text)) {
            return Optional.of(true);
        }
        if (NO.contains(text)) {
            return Optional.of(false);
        }
        issues.error(Rule.NOT_YES_NO, where, indicator, input.shown(), "'" + Texts.quoted(input.shown()) + "' không phải Có/Không",
                "'" + Texts.quoted(input.shown()) + "' is not yes/no (Có/Không)");
        return Optional.empty();
    }

    /** A formula is accepted with the result Excel saved; without one there is nothing to read. */
    private static boolean formula(CellInput.Formula f, Location where, IndicatorDefinition indicator, Issues issues) {
        if (f.cached().isBlank()) {
            issues.error(Rule.FORMULA, where, indicator, f.shown(), "ô chứa công thức " + Texts.quoted(f.shown())
                    + " nhưng không có kết quả đã tính; hãy nhập giá trị thay cho công thức",
                    "the cell holds formula " + Texts.quoted(f.shown()) + " with no saved result; type the value instead");
            return false;
        }
        issues.warning(Rule.FORMULA, where, indicator, f.shown(), "ô chứa công thức " + Texts.quoted(f.shown())
                + "; đã dùng kết quả Excel lưu kèm (" + Texts.quoted(f.cached().shown()) + ")",
                "the cell holds formula " + Texts.quoted(f.shown()) + "; the result saved by Excel (" + Texts.quoted(f.cached().shown()) + ") was used");
        return true;
    }
}
