package vn.dnnd.schedule;

import java.time.Instant;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;

/**
 * The Quartz job behind every schedule (one Quartz job per schedule, named after it). Never two fires
 * of one schedule at once, across the whole cluster; it requests recovery, so when the instance running
 * it dies another instance fires it again, and {@link ScheduleRunner} then restarts the interrupted run
 * (marked FAILED first by the launch: DeadExecutions).
 */
@DisallowConcurrentExecution
public class ScheduledJobLauncher implements Job {

    private final ScheduleRunner runner;

    public ScheduledJobLauncher(ScheduleRunner runner) {
        this.runner = runner;
    }

    @Override
    public void execute(JobExecutionContext context) {
        String schedule = context.getJobDetail().getKey().getName();
        runner.fire(schedule, scheduledFireTime(context), context.isRecovering());
    }

    /** The fire time the schedule planned; for a recovery fire, that of the fire that was interrupted. */
    private static Instant scheduledFireTime(JobExecutionContext context) {
        JobDataMap data = context.getMergedJobDataMap();
        String original = data.getString(Scheduler.FAILED_JOB_ORIGINAL_TRIGGER_SCHEDULED_FIRETIME_IN_MILLISECONDS);
        if (context.isRecovering() && original != null) {
            return Instant.ofEpochMilli(Long.parseLong(original));
        }
        return context.getScheduledFireTime().toInstant();
    }
}
