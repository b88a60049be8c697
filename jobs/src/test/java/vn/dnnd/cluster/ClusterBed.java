package vn.dnnd.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import vn.dnnd.indicator.ComputeService;
import vn.dnnd.referencedata.ReferenceDataService;
import vn.dnnd.submission.ingest.IngestRequest;
import vn.dnnd.submission.ingest.IngestService;
import vn.dnnd.submission.sample.SampleGenerator;
import vn.dnnd.support.RabbitMq;
import vn.dnnd.support.SchedulerTestBed;
import vn.dnnd.support.ServeProcess;
import vn.dnnd.support.TcpProxy;
import vn.dnnd.system.DatabaseServer;

/**
 * A cluster on this machine for tests: one database schema (SchedulerTestBed), one shared directory, the
 * machine's RabbitMQ reached through a {@link TcpProxy} the test can cut, a queue of the test's own, two
 * {@code dnnd worker} JVMs, and in this JVM a manager application (broker set) and a one-process application
 * (no broker) on the same database, to compare with. The 2025 sample's on-time reports are ingested and
 * computed once.
 */
final class ClusterBed implements AutoCloseable {

    static final int RABBIT_PORT = RabbitMq.PORT;

    final SchedulerTestBed database;
    final Path shared;
    final String queue;
    final TcpProxy broker;
    final ServeProcess[] workers = new ServeProcess[2];
    final ConfigurableApplicationContext manager;
    final ConfigurableApplicationContext oneProcess;
    private final Path root;
    private final String nodeSettings;

    ClusterBed(DatabaseServer embedded, Path root) throws IOException {
        this(embedded, root, true, "");
    }

    /**
     * {@code computed}: the 2025 sample's on-time reports ingested and computed (else only the reference data);
     * {@code extra}: more settings under {@code dnnd:} for every node.
     */
    ClusterBed(DatabaseServer embedded, Path root, boolean computed, String extra) throws IOException {
        this.root = root;
        this.database = new SchedulerTestBed(embedded, "cluster");
        this.shared = Files.createDirectories(root.resolve("shared"));
        this.queue = "dnnd.test." + System.currentTimeMillis();
        this.broker = new TcpProxy(RABBIT_PORT);
        this.nodeSettings = extra;
        Path oneHome = home("one-process", "");
        this.oneProcess = SchedulerTestBed.application(oneHome);
        oneProcess.getBean(ReferenceDataService.class).load();
        if (computed) {
            load(oneProcess);
        }
        for (int i = 0; i < workers.length; i++) {
            startWorker(i);
        }
        this.manager = SchedulerTestBed.application(home("manager", clusterSettings("""
                    poll-millis: 200
                    broker-grace-seconds: 3
                    worker-grace-seconds: 3
                    heartbeat-seconds: 1
                    timeout-minutes: 5
                """)));
        awaitWorkers();
    }

    /** Until every worker has (again) joined and beats. */
    void awaitWorkers() {
        SchedulerTestBed.await("both workers alive", Duration.ofSeconds(90), () -> database.count(
                "select count(*) from cluster_worker where heartbeat_at > now() - interval '3 seconds'") == workers.length);
    }

    /** (Re)starts worker {@code i} (node name w1, w2) in a JVM of its own. */
    void startWorker(int i) throws IOException {
        workers[i] = launch("w" + (i + 1));
    }

    /** A worker beyond the two, for a test that needs one more; the caller stops it. */
    ServeProcess startExtraWorker(String node) throws IOException {
        ServeProcess worker = launch(node);
        SchedulerTestBed.await(node + " alive", Duration.ofSeconds(90), () -> database.count(
                "select count(*) from cluster_worker where node = ? and heartbeat_at > now() - interval '3 seconds'",
                node) == 1);
        return worker;
    }

    private ServeProcess launch(String node) throws IOException {
        Path home = home(node, clusterSettings("""
                    heartbeat-seconds: 1
                    shutdown-seconds: 30
                """));
        Files.writeString(home.resolve("config/application.yml"), "  node-name: " + node + "\n", StandardOpenOption.APPEND);
        return ServeProcess.worker(home, node + "-" + System.nanoTime());
    }

    /** Puts a partition request on the test's queue directly, as a redelivery would. */
    void sendRequest(String stepName, long stepExecutionId) {
        CachingConnectionFactory direct = new CachingConnectionFactory("127.0.0.1", RABBIT_PORT);
        try {
            RabbitTemplate template = new RabbitTemplate(direct);
            template.send("", queue, new Message((stepName + " " + stepExecutionId).getBytes(StandardCharsets.UTF_8),
                    new MessageProperties()));
        } finally {
            direct.destroy();
        }
    }

    /** Requests waiting in the test's queue. */
    long queueDepth() {
        CachingConnectionFactory direct = new CachingConnectionFactory("127.0.0.1", RABBIT_PORT);
        try {
            var info = new RabbitAdmin(direct).getQueueInfo(queue);
            return info == null ? 0 : info.getMessageCount();
        } finally {
            direct.destroy();
        }
    }

    String brokerUrl() {
        return "amqp://guest:guest@127.0.0.1:" + broker.port();
    }

    private String clusterSettings(String extra) {
        return """
                  cluster:
                    broker: "%s"
                    queue: %s
                """.formatted(brokerUrl(), queue) + extra;
    }

    /** A home on the bed's schema sharing the cluster's files; review off so that accepted files count at once. */
    private Path home(String name, String dnndSettings) throws IOException {
        Path home = database.home(Files.createDirectories(root.resolve(name)), "dnnd-" + name, "");
        Files.writeString(home.resolve("config/application.yml"), """
                  shared-directory: "%s"
                  review:
                    required: false
                """.formatted(shared) + nodeSettings + dnndSettings, StandardOpenOption.APPEND);
        return home;
    }

    private static void load(ConfigurableApplicationContext application) throws IOException {
        Path samples = Files.createTempDirectory("dnnd-cluster-samples");
        application.getBean(SampleGenerator.class).generate(2025, 2025, samples);
        application.getBean(IngestService.class).ingest(new IngestRequest(samples.resolve("2025").resolve("on-time"),
                OffsetDateTime.parse("2025-12-10T09:00:00+07:00"), false, Duration.ZERO));
        application.getBean(ComputeService.class).compute("2025");
    }

    @Override
    public void close() throws Exception {
        for (ServeProcess worker : workers) {
            if (worker != null && worker.alive()) {
                worker.kill();
            }
        }
        manager.close();
        oneProcess.close();
        broker.close();
        CachingConnectionFactory direct = new CachingConnectionFactory("127.0.0.1", RABBIT_PORT);
        try {
            new RabbitAdmin(direct).deleteQueue(queue);
        } finally {
            direct.destroy();
        }
        database.close();
    }
}
