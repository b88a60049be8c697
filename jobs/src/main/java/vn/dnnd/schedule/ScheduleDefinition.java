package vn.dnnd.schedule;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

/** A checked schedule: which job, when, in which zone, with which parameters and policies. */
public record ScheduleDefinition(
        String name,
        String description,
        boolean enabled,
        String jobName,
        ScheduleTiming timing,
        String periodKind,
        ZoneId zone,
        Misfire misfire,
        Duration catchUp,
        int maxAttempts,
        Map<String, String> parameters) {

    /** What Quartz does with a fire missed by more than the misfire threshold (10 s). */
    public enum Misfire {
        /** Drop it: the next regular fire comes as usual (never a burst of replays after a restart). */
        SKIP,
        /** Fire once as soon as the scheduler can, then carry on as usual. */
        FIRE_ONCE
    }
}
