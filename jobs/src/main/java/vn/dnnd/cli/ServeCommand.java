package vn.dnnd.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import vn.dnnd.operations.ConsoleProgress;
import vn.dnnd.referencedata.ReportingPeriods;
import vn.dnnd.schedule.ScheduleDefinition;
import vn.dnnd.schedule.SchedulerService;
import vn.dnnd.schedule.UpcomingFires;
import vn.dnnd.system.DatabaseServer;

@Command(name = "serve",
        mixinStandardHelpOptions = true,
        description = {"Chạy bộ lập lịch cho đến khi bị dừng (Ctrl-C hoặc SIGTERM); có thể chạy nhiều phiên bản trên "
                + "cùng cơ sở dữ liệu, mỗi lần kích hoạt chỉ chạy một lần. Khi dừng, chờ bước đang chạy ghi xong.",
                "(Run the scheduler until stopped by Ctrl-C or SIGTERM; several instances may share one database and "
                        + "each fire runs once. On shutdown, waits for running steps to commit.)"})
class ServeCommand extends ApplicationCommand<ServeCommand.Services> {

    /** The application itself too: serve runs until it closes. */
    record Services(ConfigurableApplicationContext application, ConsoleProgress console, SchedulerService scheduler,
                    DatabaseServer database, UpcomingFires upcoming, ReportingPeriods periods, Clock clock) {
    }

    ServeCommand() {
        super(Services.class);
    }

    @Override
    protected int run(Services services, PrintWriter out) throws Exception {
        ConfigurableApplicationContext context = services.application();
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        ConsoleProgress console = services.console();
        console.attach(out);
        SchedulerService scheduler = services.scheduler();
        List<ScheduleDefinition> schedules = scheduler.start();
        out.println("dnnd serve: bộ lập lịch đang chạy (scheduler running) — phiên bản (instance) " + scheduler.instanceId()
                + ", " + services.database().describe());
        printSchedules(services, out, schedules);
        out.println("Ctrl-C hoặc SIGTERM để dừng (to stop).");
        out.flush();
        closed.await();
        // Another thread (the shutdown hook) is closing the context; this returns once it has finished.
        context.close();
        out.println("Đã dừng (stopped).");
        out.flush();
        return 0;
    }

    private static void printSchedules(Services services, PrintWriter out, List<ScheduleDefinition> schedules) {
        UpcomingFires upcoming = services.upcoming();
        ReportingPeriods periods = services.periods();
        ZonedDateTime now = ZonedDateTime.now(services.clock());
        for (ScheduleDefinition schedule : schedules) {
            String next = upcoming.next(schedule, now, periods.ofKind(schedule.periodKind()), 1).stream()
                    .map(fire -> ScheduleText.fire(fire)).findFirst().orElse("—");
            out.printf("  %-16s → %-18s %s; lần tới (next) %s%n", schedule.name(), schedule.jobName(), schedule.timing(), next);
        }
    }
}
