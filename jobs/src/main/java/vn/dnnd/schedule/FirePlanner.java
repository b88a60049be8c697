package vn.dnnd.schedule;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.dnnd.referencedata.ReportingPeriod;

/**
 * What a fire of a schedule should run: one job instance for a plain cron schedule; one per period in
 * its window for a {@code during:} schedule; for an {@code at:} schedule, one per period whose date and
 * time has come and is still within the catch-up window (a check that finds nothing due launches nothing).
 */
@Component
public class FirePlanner {

    public List<LaunchRequest> plan(ScheduleDefinition definition, ZonedDateTime fireTime,
                                    List<ReportingPeriod> periods) {
        ZonedDateTime at = fireTime.withZoneSameInstant(definition.zone());
        if (definition.timing() instanceof ScheduleTiming.Dated dated) {
            return periods.stream()
                    .filter(period -> isDue(definition, dated, period, at.toLocalDateTime()))
                    .map(period -> request(definition, at, period)).toList();
        }
        ScheduleTiming.PeriodWindow window = ((ScheduleTiming.Cron) definition.timing()).during();
        if (window == null) {
            return List.of(LaunchRequest.of(null, ParameterTemplate.fill(definition.parameters(), at, null)));
        }
        return periods.stream()
                .filter(period -> window.contains(period, at.toLocalDate()))
                .map(period -> request(definition, at, period)).toList();
    }

    static LocalDateTime target(ScheduleTiming.Dated dated, ReportingPeriod period) {
        return dated.date().on(period).atTime(dated.time());
    }

    private static boolean isDue(ScheduleDefinition definition, ScheduleTiming.Dated dated, ReportingPeriod period,
                                 LocalDateTime fire) {
        LocalDateTime target = target(dated, period);
        return !fire.isBefore(target) && fire.isBefore(target.plus(definition.catchUp()).plusSeconds(1));
    }

    private static LaunchRequest request(ScheduleDefinition definition, ZonedDateTime at, ReportingPeriod period) {
        return LaunchRequest.of(period.code(), ParameterTemplate.fill(definition.parameters(), at, period.code()));
    }
}
