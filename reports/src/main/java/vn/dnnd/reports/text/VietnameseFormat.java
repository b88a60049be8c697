package vn.dnnd.reports.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How numbers and dates are written in Vietnamese official documents: "1.234.567", "12,5",
 * "30/06/2025", and the place-and-date line "ngày 05 tháng 01 năm 2022".
 */
public final class VietnameseFormat {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private VietnameseFormat() {
    }

    /** 30/06/2025 */
    public static String date(LocalDate date) {
        return date == null ? "" : SHORT_DATE.format(date);
    }

    /** "ngày 05 tháng 01 năm 2022", as on the date line of a Party document. */
    public static String longDate(LocalDate date) {
        return String.format("ngày %02d tháng %02d năm %d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** Whole numbers with '.' between thousands: 1.234.567 */
    public static String integer(long value) {
        return pattern("#,##0").format(value);
    }

    /** A decimal with '.' between thousands and ',' before the decimals, rounded half-up: 1.234,5 */
    public static String decimal(BigDecimal value, int decimals) {
        if (value == null) {
            return "";
        }
        String pattern = decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
        return pattern(pattern).format(value.setScale(decimals, RoundingMode.HALF_UP));
    }

    private static DecimalFormat pattern(String pattern) {
        // DecimalFormat is not thread-safe; a new one per call is cheap next to a report.
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(VIETNAMESE));
    }
}
