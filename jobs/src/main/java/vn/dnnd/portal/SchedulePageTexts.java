package vn.dnnd.portal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.dnnd.reports.text.NumberText;
import vn.dnnd.reports.text.VietnamTime;
import vn.dnnd.schedule.ScheduleDefinition;
import vn.dnnd.schedule.ScheduleTiming;
import vn.dnnd.schedule.UpcomingFires;

/**
 * How the schedules pages write times and timings in the page's language. Every time is Vietnam time, as on the
 * other pages (a schedule in another zone still fires at the instant shown); check-ins and run-now moments carry
 * seconds, fire times do not need them.
 */
public final class SchedulePageTexts {

    private static final DateTimeFormatter VI_MINUTE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter VI_SECOND = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private static final DateTimeFormatter EN_MINUTE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter EN_SECOND = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.UK);

    private final boolean english;

    SchedulePageTexts(Locale locale) {
        this.english = "en".equals(locale.getLanguage());
    }

    /** A coming fire, with the period it is for. */
    public String fire(UpcomingFires.Fire fire) {
        String at = (english ? EN_MINUTE : VI_MINUTE).format(fire.at().withZoneSameInstant(VietnamTime.ZONE));
        if (fire.periodCode() == null) {
            return at;
        }
        return at + (english ? " (period " : " (kỳ ") + fire.periodCode() + ")";
    }

    public String seconds(OffsetDateTime time) {
        return time == null ? NumberText.MISSING
                : (english ? EN_SECOND : VI_SECOND).format(time.atZoneSameInstant(VietnamTime.ZONE));
    }

    public String seconds(Instant time) {
        return (english ? EN_SECOND : VI_SECOND).format(time.atZone(VietnamTime.ZONE));
    }

    public String minutes(OffsetDateTime time) {
        return time == null ? NumberText.MISSING
                : (english ? EN_MINUTE : VI_MINUTE).format(time.atZoneSameInstant(VietnamTime.ZONE));
    }

    /** When the schedule fires, e.g. "cron 0 30 1 * * ? trong khoảng due-60d .. locks", "mỗi kỳ: due+1d 06:00". */
    public String timing(ScheduleDefinition schedule) {
        String text;
        if (schedule.timing() instanceof ScheduleTiming.Cron cron) {
            // The expression is one token: never broken across lines (no-break spaces).
            text = "cron " + cron.cron().replace(' ', '\u00A0') + (cron.during() == null ? ""
                    : (english ? " during " : " trong khoảng ") + cron.during());
        } else {
            text = (english ? "each " + schedule.periodKind() + " period: " : "mỗi kỳ " + schedule.periodKind() + ": ")
                    + schedule.timing();
        }
        return VietnamTime.ZONE.equals(schedule.zone()) ? text : text + " (" + schedule.zone() + ")";
    }

    /** The schedule's parameter template, e.g. "period={period}, runDate={fireDate}". */
    public String template(Map<String, String> parameters) {
        return parameters.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }

    /** How often an instance checks in, in seconds (7.5). */
    public String interval(long millis) {
        String seconds = millis % 1000 == 0 ? Long.toString(millis / 1000) : Double.toString(millis / 1000.0);
        return english ? seconds + " s" : seconds.replace('.', ',') + " giây";
    }
}
