package vn.dnnd.schedule;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dnnd.referencedata.ReportingPeriod;

/**
 * A date computed from a reporting period's dates, written {@code due}, {@code due+1d}, {@code due-14d},
 * {@code starts}, {@code ends} or {@code locks}: schedules follow the period table, so editing a due
 * date in periods.csv moves every schedule tied to it.
 */
public record PeriodDate(Anchor anchor, int offsetDays) {

    private static final Pattern SYNTAX = Pattern.compile("(starts|ends|due|locks)\\s*(?:([+-])\\s*(\\d{1,3})\\s*d)?");

    public enum Anchor { STARTS, ENDS, DUE, LOCKS }

    /** Parses the text, or returns null when it is not a period date. */
    static PeriodDate parse(String text) {
        Matcher matcher = SYNTAX.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            return null;
        }
        Anchor anchor = Anchor.valueOf(matcher.group(1).toUpperCase(Locale.ROOT));
        int offset = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
        return new PeriodDate(anchor, "-".equals(matcher.group(2)) ? -offset : offset);
    }

    public LocalDate on(ReportingPeriod period) {
        LocalDate base = switch (anchor) {
            case STARTS -> period.startsOn();
            case ENDS -> period.endsOn();
            case DUE -> period.dueOn();
            case LOCKS -> period.locksOn();
        };
        return base.plusDays(offsetDays);
    }

    @Override
    public String toString() {
        String name = anchor.name().toLowerCase(Locale.ROOT);
        return offsetDays == 0 ? name : name + (offsetDays > 0 ? "+" : "") + offsetDays + "d";
    }
}
