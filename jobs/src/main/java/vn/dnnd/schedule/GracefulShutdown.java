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

    private final SchedulerService scheduler;
    private final RunningExecutions running;
    private final BatchControl control;
    private final ConsoleProgress console;
    private final ScheduleProperties properties;

    GracefulShutdown(SchedulerService scheduler, RunningExecutions running, BatchControl control, ConsoleProgress console,
                     ScheduleProperties properties) {
        this.scheduler = scheduler;
        this.running = running;
        this.control = control;
        this.console = console;
        this.properties = properties;
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        scheduler.standby();
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
