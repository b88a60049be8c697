package vn.dnnd.schedule;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code dnnd.schedule}: defaults shipped in {@code config/schedules.yml}, overridden key by
 * key from {@code <home>/config/schedules.yml}. Entries are checked by {@link ScheduleParser}.
 */
@ConfigurationProperties("dnnd.schedule")
public record ScheduleProperties(
        @DefaultValue("Asia/Ho_Chi_Minh") String zone,
        @DefaultValue("3") int maxAttempts,
        @DefaultValue("PT10M") Duration shutdownTimeout,
        @DefaultValue("PT10S") Duration progressInterval,
        Map<String, Entry> schedules) {

    public Map<String, Entry> schedules() {
        return schedules == null ? Map.of() : schedules;
    }

    /** One schedule as written in YAML; blank fields take the defaults above. */
    public record Entry(
            @DefaultValue("true") boolean enabled,
            String description,
            String job,
            String cron,
            String at,
            String during,
            @DefaultValue("annual") String periodKind,
            String zone,
            @DefaultValue("skip") String misfire,
            @DefaultValue("P1D") Duration catchUp,
            Integer maxAttempts,
            Map<String, String> parameters) {

        public Map<String, String> parameters() {
            return parameters == null ? Map.of() : parameters;
        }
    }
}
