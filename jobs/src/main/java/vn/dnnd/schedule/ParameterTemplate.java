package vn.dnnd.schedule;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.batch.core.converter.DefaultJobParametersConverter;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * A schedule's parameters with their placeholders ({period}, {fireTime}, {fireTimeOffset}, {fireDate}), turned
 * into job parameters at each fire ({fireTimeOffset} carries the zone's offset, as ingestJob's receivedAt needs). Values use Spring Batch's notation {@code value[,type[,identifying]]}.
 */
final class ParameterTemplate {

    static final Set<String> PLACEHOLDERS = Set.of("period", "fireTime", "fireTimeOffset", "fireDate");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");
    private static final DateTimeFormatter FIRE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final DefaultJobParametersConverter CONVERTER = new DefaultJobParametersConverter();

    private ParameterTemplate() {
    }

    /** The placeholders a value uses that are not known, or {period} where the schedule has no period. */
    static Set<String> unknownPlaceholders(String value, boolean perPeriod) {
        Matcher matcher = PLACEHOLDER.matcher(value);
        Set<String> unknown = new java.util.TreeSet<>();
        while (matcher.find()) {
            String name = matcher.group(1);
            if (!PLACEHOLDERS.contains(name) || ("period".equals(name) && !perPeriod)) {
                unknown.add("{" + name + "}");
            }
        }
        return unknown;
    }

    static JobParameters fill(Map<String, String> template, ZonedDateTime fireTime, String periodCode) {
        ZonedDateTime time = fireTime.truncatedTo(ChronoUnit.SECONDS);
        Properties properties = new Properties();
        template.forEach((key, value) -> properties.setProperty(key, value
                .replace("{fireTimeOffset}", time.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .replace("{fireTime}", FIRE_TIME.format(time))
                .replace("{fireDate}", time.toLocalDate().toString())
                .replace("{period}", periodCode == null ? "" : periodCode)));
        return CONVERTER.getJobParameters(properties);
    }

    /** The identifying parameters, sorted: the key of a job instance, e.g. {@code period=2025&reminder=due-3d}. */
    static String occurrence(JobParameters parameters) {
        Map<String, String> identifying = new TreeMap<>();
        for (JobParameter<?> parameter : parameters.parameters()) {
            if (parameter.identifying()) {
                identifying.put(parameter.name(), String.valueOf(parameter.value()));
            }
        }
        return identifying.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
    }

    /** One {@code key=value,type,identifying} line per parameter, to store and read back. */
    static String serialize(JobParameters parameters) {
        Properties properties = CONVERTER.getProperties(parameters);
        return new TreeMap<>(properties).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
    }

    static JobParameters deserialize(String text) {
        Properties properties = new Properties();
        text.lines().filter(line -> !line.isBlank()).forEach(line -> {
            int equals = line.indexOf('=');
            properties.setProperty(line.substring(0, equals), line.substring(equals + 1));
        });
        return CONVERTER.getJobParameters(properties);
    }
}
