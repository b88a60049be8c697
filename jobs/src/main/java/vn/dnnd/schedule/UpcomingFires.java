package vn.dnnd.schedule;

import java.text.ParseException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.quartz.CronExpression;
import org.springframework.stereotype.Component;
import vn.dnnd.referencedata.ReportingPeriod;

/**
 * The next fire times of a schedule as a user thinks of them: the cron times (inside the period window
 * for a {@code during:} schedule), or the period dates of an {@code at:} schedule — not the daily check
 * behind it. Computed from the configuration and the period table, so it works before {@code serve} ran.
 */
@Component
public class UpcomingFires {

    /** One coming fire, with the period it is for (null for a plain cron schedule). */
    public record Fire(ZonedDateTime at, String periodCode) {
    }

    private static final int SEARCH_LIMIT = 5000;

    public List<Fire> next(ScheduleDefinition definition, ZonedDateTime now, List<ReportingPeriod> periods, int count) {
        ZonedDateTime from = now.withZoneSameInstant(definition.zone());
        List<Fire> fires = new ArrayList<>();
        if (definition.timing() instanceof ScheduleTiming.Dated dated) {
            periods.stream()
                    .map(period -> new Fire(FirePlanner.target(dated, period).atZone(definition.zone()), period.code()))
                    .filter(fire -> fire.at().isAfter(from))
                    .forEach(fires::add);
        } else if (((ScheduleTiming.Cron) definition.timing()).during() == null) {
            fires.addAll(cronTimes(definition, from, count, null));
        } else {
            ScheduleTiming.PeriodWindow window = ((ScheduleTiming.Cron) definition.timing()).during();
            for (ReportingPeriod period : periods) {
                ZonedDateTime windowStart = window.from().on(period).atStartOfDay(definition.zone());
                ZonedDateTime start = windowStart.isAfter(from) ? windowStart.minusSeconds(1) : from;
                fires.addAll(cronTimes(definition, start, count, period));
            }
        }
        return fires.stream().sorted(Comparator.comparing(Fire::at)).limit(count).toList();
    }

    /** Cron times after a moment; for a period, only those inside its window (stops past the window). */
    private static List<Fire> cronTimes(ScheduleDefinition definition, ZonedDateTime after, int count,
                                        ReportingPeriod period) {
        CronExpression expression = cron(definition.timing().triggerCron());
        expression.setTimeZone(TimeZone.getTimeZone(definition.zone()));
        ScheduleTiming.PeriodWindow window = ((ScheduleTiming.Cron) definition.timing()).during();
        List<Fire> times = new ArrayList<>();
        Date cursor = Date.from(after.toInstant());
        for (int i = 0; i < SEARCH_LIMIT && times.size() < count; i++) {
            cursor = expression.getNextValidTimeAfter(cursor);
            if (cursor == null) {
                break;
            }
            ZonedDateTime at = cursor.toInstant().atZone(definition.zone());
            if (period == null || window.contains(period, at.toLocalDate())) {
                times.add(new Fire(at, period == null ? null : period.code()));
            } else if (at.toLocalDate().isAfter(window.to().on(period))) {
                break;
            }
        }
        return times;
    }

    private static CronExpression cron(String expression) {
        try {
            return new CronExpression(expression);
        } catch (ParseException e) {
            throw new IllegalStateException("cron expression checked at start-up: " + expression, e);
        }
    }
}
