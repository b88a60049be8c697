package vn.dnnd.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.dnnd.cluster.ClusterProperties;
import vn.dnnd.operations.ConsoleProgress;
import vn.dnnd.referencedata.ReportingPeriods;
import vn.dnnd.schedule.ScheduleDefinition;
import vn.dnnd.schedule.SchedulerService;
import vn.dnnd.schedule.UpcomingFires;
import vn.dnnd.system.DatabaseServer;
import vn.dnnd.system.WrongUsageException;

@Command(name = "serve",
        mixinStandardHelpOptions = true,
        description = {"Chạy cổng thông tin (web, REST API) và bộ lập lịch cho đến khi bị dừng (Ctrl-C hoặc SIGTERM); có "
                + "thể chạy nhiều phiên bản trên cùng cơ sở dữ liệu, mỗi lần kích hoạt lịch chỉ chạy một lần. Khi dừng, chờ "
                + "bước đang chạy ghi xong.",
                "(Run the portal (web, REST API) and the scheduler until stopped by Ctrl-C or SIGTERM; several instances "
                        + "may share one database and each fire runs once. On shutdown, waits for running steps to commit.)"})
class ServeCommand extends ApplicationCommand<ServeCommand.Services> {

    /** The application itself too: serve runs until it closes. */
    record Services(ConfigurableApplicationContext application, ConsoleProgress console, SchedulerService scheduler,
                    DatabaseServer database, UpcomingFires upcoming, ReportingPeriods periods, Clock clock,
                    ClusterProperties cluster) {
    }

    @Option(names = "--no-web", description = "Chỉ chạy bộ lập lịch, không mở cổng thông tin (scheduler only, no portal)")
    boolean noWeb;

    @Option(names = "--no-scheduler", description = "Chỉ chạy cổng thông tin, không chạy lịch (portal only, no schedules)")
    boolean noScheduler;

    @Option(names = "--work", description = "Cũng nhận phần việc của cụm máy như một worker (also take the cluster's "
            + "partitions, as a worker does; needs dnnd.cluster.broker)")
    boolean work;

    @Option(names = "--port", paramLabel = "PORT",
            description = "Cổng của cổng thông tin (portal port; mặc định server.port, 8080)")
    Integer port;

    ServeCommand() {
        super(Services.class);
    }

    @Override
    protected List<String> applicationArguments() {
        if (noWeb && noScheduler) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--no-web và --no-scheduler cùng lúc thì không còn gì để chạy (nothing left to run)");
        }
        List<String> arguments = new java.util.ArrayList<>();
        if (!noWeb) {
            arguments.add("--spring.main.web-application-type=servlet");
        }
        if (port != null) {
            arguments.add("--server.port=" + port);
        }
        if (work) {
            arguments.add("--dnnd.cluster.worker=true");
        }
        return arguments;
    }

    @Override
    protected boolean wholeApplication() {
        return true;
    }

    @Override
    protected int run(Services services, PrintWriter out) throws Exception {
        ConfigurableApplicationContext context = services.application();
        if (work && !services.cluster().enabled()) {
            throw new WrongUsageException("--work cần dnnd.cluster.broker (DNND_CLUSTER_BROKER): phần việc đến từ RabbitMQ",
                    "--work needs dnnd.cluster.broker (DNND_CLUSTER_BROKER): partitions come from RabbitMQ");
        }
        UntilStopped stopped = new UntilStopped(context);
        ConsoleProgress console = services.console();
        console.attach(out);
        out.println("dnnd serve: " + services.database().describe());
        if (context instanceof WebServerApplicationContext web) {
            String address = context.getEnvironment().getProperty("server.address", "localhost");
            out.printf("Cổng thông tin (portal): http://%s:%d/ — API: /api/v1, mô tả (description) /api/v1/openapi.json%n",
                    address, web.getWebServer().getPort());
        }
        if (!noScheduler) {
            SchedulerService scheduler = services.scheduler();
            List<ScheduleDefinition> schedules = scheduler.start();
            out.println("Bộ lập lịch đang chạy (scheduler running) — phiên bản (instance) " + scheduler.instanceId());
            printSchedules(services, out, schedules);
        }
        stopped.await(out);
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
