package vn.dnnd.schedule;

import java.util.Set;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.stereotype.Component;
import vn.dnnd.operations.BatchControl;
import vn.dnnd.operations.ConsoleProgress;
import vn.dnnd.operations.RunningExecutions;

/**
 * On shutdown (SIGTERM, Ctrl-C, or the end of a command), before Quartz and the database go: no new
 * fires here, then every execution running in this JVM is asked to stop; each commits the chunk it is
 * in and ends STOPPED, restartable, and the next fire of its schedule (on any instance) resumes it.
 * It stays in {@code schedule}, beside the operations it uses: it must put this instance's Quartz scheduler
 * in standby before anything else, and its wait is a schedule setting (dnnd.schedule.shutdown-timeout).
 */
@Component
class GracefulShutdown implements ApplicationListener<ContextClosedEvent> {

    private final RunningExecutions running;
    private final BatchControl control;
    private final ConsoleProgress console;
    private final ScheduleProperties properties;
    private volatile SchedulerService startedScheduler;

    GracefulShutdown(RunningExecutions running, BatchControl control, ConsoleProgress console, ScheduleProperties properties) {
        this.running = running;
        this.control = control;
        this.console = console;
        this.properties = properties;
    }

    /**
     * Told by the scheduler once it runs ({@code serve}). Only then is there one to put in standby: a command never
     * starts one, and asking for it here would build Quartz and every job just to close the application.
     */
    void schedulerStarted(SchedulerService scheduler) {
        startedScheduler = scheduler;
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        SchedulerService scheduler = startedScheduler;
        if (scheduler != null) {
            scheduler.standby();
        }
        running.beginShutdown();
        Set<Long> executions = running.ids();
        if (executions.isEmpty()) {
            return;
        }
        console.print("Đang dừng: chờ các bước đang chạy ghi xong phần việc hiện tại (stopping: waiting for running steps "
                + "to commit their current chunk) — lần chạy (executions) " + executions);
        executions.forEach(control::requestStop);
        try {
            if (!running.awaitNone(properties.shutdownTimeout())) {
                console.warn("Hết thời gian chờ (shutdown timeout " + properties.shutdownTimeout()
                        + "): lần chạy còn lại (still running) " + running.ids());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
