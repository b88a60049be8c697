package vn.dnnd.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.dnnd.cluster.ClusterProperties;
import vn.dnnd.system.DatabaseServer;
import vn.dnnd.system.ExecutionNodes;
import vn.dnnd.system.WrongUsageException;

@Command(name = "worker",
        mixinStandardHelpOptions = true,
        description = {"Nhận và chạy các phần việc (ingest, render) của cụm máy từ RabbitMQ (dnnd.cluster.broker) cho đến "
                + "khi bị dừng (Ctrl-C hoặc SIGTERM); khi dừng, chờ phần việc đang chạy xong.",
                "(Take the cluster's partitions of ingest and render from RabbitMQ (dnnd.cluster.broker) and run them "
                        + "until stopped by Ctrl-C or SIGTERM; on shutdown, lets running partitions finish.)"})
class WorkerCommand extends ApplicationCommand<WorkerCommand.Services> {

    record Services(ConfigurableApplicationContext application, ClusterProperties cluster, DatabaseServer database,
                    ExecutionNodes nodes) {
    }

    @Option(names = "--threads", paramLabel = "N",
            description = "Số phần việc chạy cùng lúc (partitions at once; mặc định dnnd.cluster.worker-threads, 1)")
    Integer threads;

    WorkerCommand() {
        super(Services.class);
    }

    @Override
    protected List<String> applicationArguments() {
        List<String> arguments = new ArrayList<>(List.of("--dnnd.cluster.worker=true"));
        if (threads != null) {
            if (threads < 1 || threads > 64) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--threads phải từ 1 đến 64 (must be 1 to 64)");
            }
            arguments.add("--dnnd.cluster.worker-threads=" + threads);
        }
        return arguments;
    }

    /** A worker runs until stopped: every bean at once, like serve (but no portal and no schedules). */
    @Override
    protected boolean wholeApplication() {
        return true;
    }

    @Override
    protected int run(Services services, PrintWriter out) throws Exception {
        ConfigurableApplicationContext context = services.application();
        ClusterProperties cluster = services.cluster();
        if (!cluster.enabled()) {
            throw new WrongUsageException("Chưa đặt dnnd.cluster.broker (DNND_CLUSTER_BROKER): worker nhận việc từ RabbitMQ",
                    "dnnd.cluster.broker (DNND_CLUSTER_BROKER) is not set: a worker takes its work from RabbitMQ");
        }
        UntilStopped stopped = new UntilStopped(context);
        out.println("dnnd worker " + services.nodes().name() + ": " + services.database().describe());
        out.printf("Nhận phần việc từ (taking partitions from) %s, hàng đợi (queue) %s, %d cùng lúc (at once)%n",
                cluster.brokerForDisplay(), cluster.queue(), Math.max(1, cluster.workerThreads()));
        stopped.await(out);
        return 0;
    }
}
