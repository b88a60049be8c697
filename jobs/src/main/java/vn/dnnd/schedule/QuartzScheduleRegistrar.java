package vn.dnnd.schedule;

import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes Quartz's tables match the configured schedules: one durable job and one cron trigger per enabled
 * schedule in group {@value #GROUP}. An unchanged trigger is kept (its next fire time with it); a changed
 * one is replaced; a schedule removed or disabled is deleted. Every instance of a cluster does this at
 * start-up, so they must share one schedules configuration.
 */
@Component
public class QuartzScheduleRegistrar {

    static final String GROUP = "dnnd";
    private static final Logger log = LoggerFactory.getLogger(QuartzScheduleRegistrar.class);

    private final Scheduler scheduler;

    public QuartzScheduleRegistrar(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    public void register(List<ScheduleDefinition> schedules) throws SchedulerException {
        Set<String> wanted = schedules.stream().map(ScheduleDefinition::name).collect(Collectors.toSet());
        for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
            if (!wanted.contains(key.getName())) {
                log.info("Removing schedule {} from Quartz (no longer enabled)", key.getName());
                scheduler.deleteJob(key);
            }
        }
        for (ScheduleDefinition schedule : schedules) {
            CronTrigger trigger = trigger(schedule);
            if (!sameAsStored(trigger)) {
                scheduler.scheduleJob(job(schedule), Set.of(trigger), true);
                log.info("Scheduled {}: {} ({})", schedule.name(), schedule.timing(), schedule.zone());
            }
        }
    }

    private static JobDetail job(ScheduleDefinition schedule) {
        return JobBuilder.newJob(ScheduledJobLauncher.class)
                .withIdentity(schedule.name(), GROUP)
                .withDescription(schedule.jobName())
                .requestRecovery(true)
                .storeDurably()
                .build();
    }

    private static CronTrigger trigger(ScheduleDefinition schedule) {
        CronScheduleBuilder cron = CronScheduleBuilder.cronSchedule(schedule.timing().triggerCron())
                .inTimeZone(TimeZone.getTimeZone(schedule.zone()));
        cron = schedule.misfire() == ScheduleDefinition.Misfire.SKIP ? cron.withMisfireHandlingInstructionDoNothing()
                : cron.withMisfireHandlingInstructionFireAndProceed();
        return TriggerBuilder.newTrigger().withIdentity(schedule.name(), GROUP).forJob(schedule.name(), GROUP)
                .withSchedule(cron).build();
    }

    private boolean sameAsStored(CronTrigger wanted) throws SchedulerException {
        Trigger stored = scheduler.getTrigger(new TriggerKey(wanted.getKey().getName(), GROUP));
        return stored instanceof CronTrigger cron
                && cron.getCronExpression().equals(wanted.getCronExpression())
                && cron.getTimeZone().getID().equals(wanted.getTimeZone().getID())
                && cron.getMisfireInstruction() == wanted.getMisfireInstruction()
                && scheduler.getTriggerState(cron.getKey()) != Trigger.TriggerState.ERROR;
    }
}
