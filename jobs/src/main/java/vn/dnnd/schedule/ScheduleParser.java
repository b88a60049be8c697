package vn.dnnd.schedule;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.quartz.CronExpression;
import vn.dnnd.schedule.ScheduleDefinition.Misfire;
import vn.dnnd.system.DnndException;

/**
 * Checks one schedule entry and turns it into a {@link ScheduleDefinition}. Every failure is one line
 * naming the schedule, the field and what is wrong, in Vietnamese with the English in brackets.
 */
final class ScheduleParser {

    private static final Set<String> PERIOD_KINDS = Set.of("annual", "review5y");

    private ScheduleParser() {
    }

    static ScheduleDefinition parse(String name, ScheduleProperties.Entry entry, ScheduleProperties defaults) {
        if (blank(entry.job())) {
            throw invalid(name, "thiếu tên job (job:)", "missing job name (job:)");
        }
        ZoneId zone = zone(name, blank(entry.zone()) ? defaults.zone() : entry.zone());
        ScheduleTiming timing = timing(name, entry);
        if (!PERIOD_KINDS.contains(entry.periodKind())) {
            throw invalid(name, "loại kỳ báo cáo không hợp lệ: " + entry.periodKind(),
                    "unknown period-kind '" + entry.periodKind() + "' (annual or review5y)");
        }
        for (Map.Entry<String, String> parameter : entry.parameters().entrySet()) {
            checkParameter(name, parameter.getKey(), parameter.getValue(), timing.perPeriod());
        }
        int maxAttempts = entry.maxAttempts() == null ? defaults.maxAttempts() : entry.maxAttempts();
        if (maxAttempts < 1) {
            throw invalid(name, "max-attempts phải từ 1 trở lên", "max-attempts must be at least 1");
        }
        if (entry.catchUp().isNegative()) {
            throw invalid(name, "catch-up không được âm", "catch-up must not be negative");
        }
        return new ScheduleDefinition(name, entry.description() == null ? "" : entry.description(), entry.enabled(),
                entry.job().strip(), timing, entry.periodKind(), zone, misfire(name, entry.misfire()),
                entry.catchUp(), maxAttempts, Map.copyOf(entry.parameters()));
    }

    private static ScheduleTiming timing(String name, ScheduleProperties.Entry entry) {
        if (blank(entry.cron()) == blank(entry.at())) {
            throw invalid(name, "cần đúng một trong hai: cron: hoặc at:", "give exactly one of cron: or at:");
        }
        if (!blank(entry.cron())) {
            String cron = entry.cron().strip();
            try {
                CronExpression.validateExpression(cron);
            } catch (java.text.ParseException e) {
                throw invalid(name, "biểu thức cron không hợp lệ \"" + cron + "\"",
                        "invalid cron expression \"" + cron + "\": " + e.getMessage());
            }
            return new ScheduleTiming.Cron(cron, blank(entry.during()) ? null : window(name, entry.during()));
        }
        if (!blank(entry.during())) {
            throw invalid(name, "during: chỉ dùng với cron:", "during: goes with cron:, not with at:");
        }
        return dated(name, entry.at().strip());
    }

    private static ScheduleTiming.Dated dated(String name, String at) {
        int space = at.lastIndexOf(' ');
        PeriodDate date = space < 0 ? null : PeriodDate.parse(at.substring(0, space));
        LocalTime time = null;
        try {
            time = space < 0 ? null : LocalTime.parse(at.substring(space + 1));
        } catch (DateTimeParseException e) {
            // reported below with the expected form
        }
        if (date == null || time == null) {
            throw invalid(name, "at: không hợp lệ \"" + at + "\", ví dụ \"due+1d 06:00\"",
                    "invalid at: \"" + at + "\", expected <starts|ends|due|locks>[+Nd|-Nd] HH:mm, e.g. \"due+1d 06:00\"");
        }
        return new ScheduleTiming.Dated(date, time);
    }

    private static ScheduleTiming.PeriodWindow window(String name, String during) {
        String[] ends = during.split("\\.\\.");
        PeriodDate from = ends.length == 2 ? PeriodDate.parse(ends[0]) : null;
        PeriodDate to = ends.length == 2 ? PeriodDate.parse(ends[1]) : null;
        if (from == null || to == null) {
            throw invalid(name, "during: không hợp lệ \"" + during + "\", ví dụ \"due-60d .. locks\"",
                    "invalid during: \"" + during + "\", expected <date> .. <date>, e.g. \"due-60d .. locks\"");
        }
        return new ScheduleTiming.PeriodWindow(from, to);
    }

    private static ZoneId zone(String name, String zone) {
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw invalid(name, "múi giờ không hợp lệ \"" + zone + "\"", "invalid time zone \"" + zone + "\"");
        }
    }

    private static Misfire misfire(String name, String misfire) {
        return switch (misfire.strip().toLowerCase(Locale.ROOT)) {
            case "skip" -> Misfire.SKIP;
            case "fire-once" -> Misfire.FIRE_ONCE;
            default -> throw invalid(name, "misfire không hợp lệ \"" + misfire + "\"",
                    "invalid misfire \"" + misfire + "\" (skip or fire-once)");
        };
    }

    private static void checkParameter(String name, String key, String value, boolean perPeriod) {
        Set<String> unknown = ParameterTemplate.unknownPlaceholders(value, perPeriod);
        if (!unknown.isEmpty()) {
            throw invalid(name, "tham số " + key + " dùng " + String.join(", ", unknown) + " không có ở lịch này",
                    "parameter " + key + " uses " + String.join(", ", unknown) + ", not available here"
                            + (unknown.contains("{period}") ? " ({period} needs at: or during:)" : ""));
        }
        try {
            ParameterTemplate.fill(Map.of(key, value), java.time.ZonedDateTime.now(), "2025");
        } catch (RuntimeException e) {
            throw invalid(name, "tham số " + key + " không hợp lệ \"" + value + "\"",
                    "invalid parameter " + key + " \"" + value + "\": " + e.getMessage());
        }
    }

    static DnndException invalid(String schedule, String vietnamese, String english) {
        return new DnndException("Lịch '" + schedule + "': " + vietnamese, "schedule '" + schedule + "': " + english);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
