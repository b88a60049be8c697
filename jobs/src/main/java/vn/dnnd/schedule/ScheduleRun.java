package vn.dnnd.schedule;

import java.time.OffsetDateTime;

/** A row of {@code schedule_run}: one scheduled occurrence (job instance) and how it went. */
public record ScheduleRun(long runId, String scheduleName, String jobName, String occurrence, String jobParameters,
                          OffsetDateTime firedAt, OffsetDateTime lastFiredAt, String instanceName, Long jobExecutionId,
                          int attempts, int skips, String outcome, String message) {

    public static final String PENDING = "pending";
    public static final String RUNNING = "running";
    public static final String COMPLETED = "completed";
    public static final String FAILED = "failed";
    public static final String INTERRUPTED = "interrupted";
    public static final String STOPPED = "stopped";
    public static final String SKIPPED = "skipped";
    public static final String GAVE_UP = "gave_up";
}
