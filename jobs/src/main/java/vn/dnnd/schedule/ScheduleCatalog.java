package vn.dnnd.schedule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import vn.dnnd.operations.ApplicationJobs;

/**
 * The schedules of this installation, checked. Job names are resolved against the application's
 * Spring Batch jobs: a schedule naming a job that does not exist stops {@code serve} at start-up.
 */
@Component
public class ScheduleCatalog {

    private final ScheduleProperties properties;
    private final ApplicationJobs jobs;

    public ScheduleCatalog(ScheduleProperties properties, ApplicationJobs jobs) {
        this.properties = properties;
        this.jobs = jobs;
    }

    /** Every schedule, enabled or not, in name order; throws on the first invalid one. */
    public List<ScheduleDefinition> all() {
        List<ScheduleDefinition> definitions = new ArrayList<>();
        new TreeMap<>(properties.schedules()).forEach((name, entry) ->
                definitions.add(ScheduleParser.parse(name, entry, properties)));
        return definitions;
    }

    /** The enabled schedules, each checked, its job resolved; the first problem is one clear error. */
    public List<ScheduleDefinition> validated() {
        List<ScheduleDefinition> enabled = all().stream().filter(ScheduleDefinition::enabled).toList();
        enabled.forEach(definition -> checkJobExists(definition, jobNames()));
        return enabled;
    }

    public Optional<ScheduleDefinition> find(String name) {
        ScheduleProperties.Entry entry = properties.schedules().get(name);
        return entry == null ? Optional.empty() : Optional.of(ScheduleParser.parse(name, entry, properties));
    }

    public Collection<String> jobNames() {
        return jobs.names();
    }

    static void checkJobExists(ScheduleDefinition definition, Collection<String> jobNames) {
        if (!jobNames.contains(definition.jobName())) {
            throw ScheduleParser.invalid(definition.name(),
                    "không có job \"" + definition.jobName() + "\" trong ứng dụng",
                    "no job named \"" + definition.jobName() + "\"; jobs: " + String.join(", ", new TreeSet<>(jobNames)));
        }
    }
}
