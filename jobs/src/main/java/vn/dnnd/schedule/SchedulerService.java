package vn.dnnd.schedule;

import java.util.List;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.stereotype.Service;
import vn.dnnd.operations.ProgressTicker;
import vn.dnnd.system.DnndException;

/**
 * Starts the scheduler of this instance ({@code serve}): checks every schedule (an unknown job, a bad
 * cron expression or time zone stops the start with one clear line), brings Quartz's tables in line
 * with the configuration, then joins the cluster.
 */
@Service
public class SchedulerService {

    private final ScheduleCatalog catalog;
    private final QuartzScheduleRegistrar registrar;
    private final Scheduler scheduler;
    private final ProgressTicker ticker;
    private final ScheduleProperties properties;
    private final GracefulShutdown shutdown;
    private volatile boolean started;

    SchedulerService(ScheduleCatalog catalog, QuartzScheduleRegistrar registrar, Scheduler scheduler, ProgressTicker ticker,
                     ScheduleProperties properties, GracefulShutdown shutdown) {
        this.catalog = catalog;
        this.registrar = registrar;
        this.scheduler = scheduler;
        this.ticker = ticker;
        this.properties = properties;
        this.shutdown = shutdown;
    }

    public List<ScheduleDefinition> start() {
        List<ScheduleDefinition> schedules = catalog.validated();
        try {
            registrar.register(schedules);
            scheduler.start();
        } catch (SchedulerException e) {
            throw new DnndException("Không khởi động được bộ lập lịch", "cannot start the scheduler: " + e.getMessage(), e);
        }
        started = true;
        shutdown.schedulerStarted(this);
        ticker.start(properties.progressInterval());
        return schedules;
    }

    public boolean started() {
        return started;
    }

    public String instanceId() throws SchedulerException {
        return scheduler.getSchedulerInstanceId();
    }

    /** No new fires on this instance (running jobs go on); the other instances keep firing. */
    void standby() {
        if (!started) {
            return;
        }
        ticker.stop();
        try {
            scheduler.standby();
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot put the scheduler in standby", e);
        }
    }
}
