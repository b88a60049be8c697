package vn.dnnd.reports.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.dnnd.reports.model.FigureRow;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.model.ScopeKind;
import vn.dnnd.reports.model.ValueType;

/**
 * Figures as a reader of each edition expects them: "1.234.567" and "12,5" in Vietnamese,
 * "1,234,567" and "12.5" in English. Missing values are a dash, never 0.
 */
public final class NumberText {

    public static final String MISSING = "–";
    /**
     * Between a figure and its unit and inside a unit ("+3,5 điểm %", "100,3 tỷ"): a no-break space, so that a
     * line of a table or a sentence never ends on the figure and starts the next with its unit.
     */
    public static final String NO_BREAK = "\u00A0";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000L);

    private final Labels labels;
    private final DecimalFormatSymbols symbols;

    public NumberText(ReportLanguage language) {
        this.labels = Labels.of(language);
        Locale locale = language == ReportLanguage.VI ? VietnameseFormat.VIETNAMESE : Locale.UK;
        this.symbols = DecimalFormatSymbols.getInstance(locale);
    }

    /** A count: 1.234 */
    public String count(long value) {
        return format(BigDecimal.valueOf(value), 0);
    }

    /** A number with the given decimals, or a dash when missing. */
    public String number(BigDecimal value, int decimals) {
        return value == null ? MISSING : format(value, decimals);
    }

    /** A percentage with one decimal: 97,1% */
    public String percent(BigDecimal value) {
        return value == null ? MISSING : format(value, 1) + "%";
    }

    /** The value of a row as it reads in a table: a count, an amount, a share, or yes/no for one organisation. */
    public String value(FigureRow row) {
        return value(row.value(), row.indicator().valueType(), row.scope().kind());
    }

    public String value(BigDecimal value, ValueType type, ScopeKind scope) {
        if (value == null) {
            return MISSING;
        }
        if (type == ValueType.BOOLEAN && scope == ScopeKind.ORGANISATION) {
            return labels.get(value.signum() > 0 ? "value.yes" : "value.no");
        }
        return switch (type) {
            case INTEGER -> format(value, 0);
            case DECIMAL -> amount(value, false);
            case BOOLEAN, PERCENT -> percent(value);
        };
    }

    /**
     * The change from the previous period with its sign: "+15 (+12,5%)" for counts and amounts,
     * "+3,5 điểm %" for shares; a dash when there is nothing to compare.
     */
    public String change(FigureRow row) {
        BigDecimal change = row.change();
        if (change == null) {
            return MISSING;
        }
        ValueType type = row.indicator().valueType();
        if (type.isShare()) {
            return withUnit(signed(change, 1), labels.get("unit.points"));
        }
        String absolute = type == ValueType.DECIMAL ? amount(change, true) : signed(change, 0);
        BigDecimal relative = row.relativeChange();
        return relative == null ? absolute : absolute + " (" + signed(relative.multiply(HUNDRED), 1) + "%)";
    }

    /**
     * An amount: whole units from 100 up, one decimal below; from a billion up in billions ("100,3 tỷ",
     * "100.3 bn") so that amounts in đồng fit a table column. The workbook keeps every digit.
     */
    private String amount(BigDecimal value, boolean withSign) {
        if (value.abs().compareTo(BILLION) >= 0) {
            BigDecimal billions = value.divide(BILLION);
            String figure = withSign ? signed(billions, 1) : format(billions, 1);
            return figure + NO_BREAK + unbroken(labels.get("unit.billion"));
        }
        int decimals = value.abs().compareTo(HUNDRED) >= 0 ? 0 : 1;
        return withSign ? signed(value, decimals) : format(value, decimals);
    }

    /** A move in percentage points without its sign, kept on one line: "3,5 điểm %". */
    public String points(BigDecimal value) {
        return withUnit(format(value, 1), labels.get("unit.points"));
    }

    /** A figure and its unit joined so that no line ends between them: "659 đoàn". */
    public static String withUnit(String figure, String unit) {
        return figure + NO_BREAK + unbroken(unit);
    }

    /** The text with every space made a no-break space: a figure with its unit, kept on one line. */
    public static String unbroken(String text) {
        return text.replace(' ', '\u00A0');
    }

    /** Reporters counted out of expected, with those for whom it does not apply: "32/34 (2)". */
    public String reporters(FigureRow row) {
        String counted = count(row.reporters()) + "/" + count(row.expected());
        return row.notApplicable() > 0 ? counted + " (" + count(row.notApplicable()) + ")" : counted;
    }

    public String signed(BigDecimal value, int decimals) {
        String text = format(value.abs(), decimals);
        int sign = value.setScale(decimals, RoundingMode.HALF_UP).signum();
        return sign > 0 ? "+" + text : sign < 0 ? "-" + text : text;
    }

    /** 15/01/2026 */
    public String date(LocalDate date) {
        return date == null ? MISSING : VietnameseFormat.date(date);
    }

    /** 15/01/2026 10:30, in Vietnam's time. */
    public String dateTime(OffsetDateTime time) {
        return time == null ? MISSING : DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                .format(time.atZoneSameInstant(VietnamTime.ZONE));
    }

    private String format(BigDecimal value, int decimals) {
        String pattern = decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        return format.format(value.setScale(decimals, RoundingMode.HALF_UP));
    }
}
