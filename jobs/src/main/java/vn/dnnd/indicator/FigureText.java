package vn.dnnd.indicator;

import java.math.BigDecimal;
import vn.dnnd.reports.model.Comparability;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.text.FigureNumbers;

/**
 * The words and numbers of a figures table for one kind of reader: a Vietnamese page, an English page, or
 * the console, which writes Vietnamese numbers and each word with its English in brackets. What has no
 * number says why in words (not applicable, missing, no data, undefined): missing is not zero.
 */
public final class FigureText {

    public static final FigureText VIETNAMESE = new FigureText(Mode.VI);
    public static final FigureText ENGLISH = new FigureText(Mode.EN);
    public static final FigureText CONSOLE = new FigureText(Mode.CONSOLE);

    private enum Mode { VI, EN, CONSOLE }

    private final Mode mode;
    private final FigureNumbers numbers;

    private FigureText(Mode mode) {
        this.mode = mode;
        this.numbers = FigureNumbers.of(mode == Mode.EN ? ReportLanguage.EN : ReportLanguage.VI);
    }

    /** The page's text for a language code ("en" gives English, anything else Vietnamese, the first language). */
    public static FigureText forLanguage(String language) {
        return "en".equalsIgnoreCase(language) ? ENGLISH : VIETNAMESE;
    }

    public FigureNumbers numbers() {
        return numbers;
    }

    /** The value cell of one indicator row; {@code single} is true for one organisation's own answer. */
    public String value(ScopeReport.Indicator i, boolean single) {
        if (i.reporters() == 0) {
            if (i.notApplicable() > 0 && i.notApplicable() == i.expected()) {
                return words("không áp dụng", "n/a");
            }
            return single ? words("thiếu", "missing") : words("không có số liệu", "no data");
        }
        if (i.value() == null) {
            String fraction = numbers.number(i.numerator(), "integer", "sum") + "/"
                    + numbers.number(i.denominator(), "integer", "sum");
            return switch (mode) {
                case VI -> "không xác định " + fraction;
                case EN -> "undefined " + fraction;
                case CONSOLE -> "không xác định " + fraction + " (undefined)";
            };
        }
        if (single && "share_yes".equals(i.aggregation()) && i.denominator() != null && i.denominator().intValue() == 1) {
            return i.numerator().signum() > 0 ? words("có", "yes") : words("không", "no");
        }
        return numbers.number(i.value(), i.valueType(), i.aggregation());
    }

    /**
     * The change from the previous period, or, when the two values rest on different shares of reporters
     * ({@link Comparability}), "không so sánh được: 48/62 so với 64/91".
     */
    public String change(ScopeReport.Indicator i) {
        if (i.change() == null || Comparability.comparable(i.coverage(), i.previousCoverage())) {
            return numbers.change(i.change(), i.valueType(), i.aggregation());
        }
        String now = i.reporters() + "/" + i.expected();
        String before = i.previousCoverage() == null ? "?"
                : i.previousCoverage().reporters() + "/" + i.previousCoverage().expected();
        return switch (mode) {
            case VI -> "không so sánh được: " + now + " so với " + before;
            case EN -> "not comparable: " + now + " against " + before;
            case CONSOLE -> "không so sánh được (not comparable): " + now + " so với (against) " + before;
        };
    }

    /** A task's score with two decimals, or words when it could not be scored. */
    public String score(BigDecimal score) {
        return score == null ? words("chưa chấm", "not scored") : numbers.decimal(score, 2);
    }

    /** A year of a review without published results. The console keeps it short: its legend gives the English. */
    public String notComputed() {
        return mode == Mode.EN ? "not computed" : "chưa tính";
    }

    private String words(String vietnamese, String english) {
        return switch (mode) {
            case VI -> vietnamese;
            case EN -> english;
            case CONSOLE -> vietnamese + " (" + english + ")";
        };
    }
}
