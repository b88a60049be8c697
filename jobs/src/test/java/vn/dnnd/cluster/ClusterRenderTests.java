package vn.dnnd.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.dnnd.operations.BatchControl;
import vn.dnnd.report.Edition;
import vn.dnnd.report.RenderService;
import vn.dnnd.support.RabbitMq;
import vn.dnnd.support.SchedulerTestBed;
import vn.dnnd.support.ServeProcess;
import vn.dnnd.system.DatabaseServer;
import vn.dnnd.system.DnndException;

/**
 * renderJob in the cluster mode, on this machine's PostgreSQL and RabbitMQ: a manager in this JVM and two
 * {@code dnnd worker} JVMs render an edition whose files say what a one-process render of the same figures
 * says; a worker killed with -9 mid-partition loses nothing; a broker that is down when the render starts, or
 * goes away while partitions wait in it, fails the job with a clear message, and the job restarts to an
 * edition. Skipped, with the reason printed, when no RabbitMQ answers on 127.0.0.1:5672.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterRenderTests {

    static final String KINDS = "summary,briefing,region,workbook";
    /** Every kind in both languages, the region kind once per region (6 in the 2025 scheme). */
    static final int PARTITIONS = 2 * (3 + 6);

    @Autowired
    DatabaseServer embedded;

    ClusterBed cluster;

    @BeforeAll
    void cluster(@TempDir Path temp) throws Exception {
        RabbitMq.assumeAnswers(getClass());
        cluster = new ClusterBed(embedded, temp);
    }

    @AfterAll
    void stop() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void twoWorkersRenderTheEditionOneProcessRenders() throws Exception {
        Edition alone = cluster.oneProcess.getBean(RenderService.class).render("2025", KINDS, null);
        Edition spread = render();

        assertThat(spread.files()).extracting(f -> f.language() + "/" + f.kind() + "/" + f.scope() + "/" + f.fileName())
                .containsExactlyElementsOf(alone.files().stream()
                        .map(f -> f.language() + "/" + f.kind() + "/" + f.scope() + "/" + f.fileName()).toList());
        assertThat(alone.files()).hasSize(PARTITIONS);
        Map<String, String> expected = EditionContents.of(alone);
        Map<String, String> found = EditionContents.of(spread);
        for (Map.Entry<String, String> file : expected.entrySet()) {
            assertThat(found.get(file.getKey())).as(file.getKey()).isEqualTo(file.getValue());
        }
        assertThat(partitionNodes(spread)).as("partitions of the spread render by node").hasSize(PARTITIONS)
                .allSatisfy(node -> assertThat(node).isIn("w1", "w2"));
        assertThat(partitionNodes(spread)).contains("w1", "w2");
    }

    @Test
    void aWorkerKilledMidPartitionLosesNothing() throws Exception {
        CompletableFuture<Edition> rendering;
        long killedPartition;
        try (Connection brake = brake()) {
            rendering = CompletableFuture.supplyAsync(this::render);
            SchedulerTestBed.await("both workers inside a partition", Duration.ofSeconds(60), () -> cluster.database.count(
                    "select count(*) from cluster_worker where step_execution_id is not null") == 2);
            killedPartition = cluster.database.jdbc().queryForObject(
                    "select step_execution_id from cluster_worker where node = 'w1'", Long.class);
            cluster.workers[0].kill();
            brake.rollback();
        }
        Edition edition = rendering.get(3, TimeUnit.MINUTES);

        assertThat(edition.files()).hasSize(PARTITIONS);
        assertThat(edition.files()).extracting(Edition.Artifact::path).doesNotHaveDuplicates()
                .allSatisfy(path -> assertThat(path).exists());
        assertThat(cluster.database.jdbc().queryForObject(
                "select status from batch_step_execution where step_execution_id = ?", String.class, killedPartition))
                .isEqualTo("COMPLETED");
        assertThat(cluster.database.jdbc().queryForObject(
                "select node from step_execution_node where step_execution_id = ?", String.class, killedPartition))
                .as("the killed worker's partition was run again by the other").isEqualTo("w2");
        cluster.startWorker(0);
        cluster.awaitWorkers();
    }

    /**
     * The broker gives a request to a second worker whenever it loses the first one's channel, even while the first
     * still runs the partition: here a copy of w1's request reaches a third worker, which waits for the partition's
     * lease and, once w1 has finished it, leaves it alone.
     */
    @Test
    void aRequestDeliveredTwiceIsRunOnceWhileItsFirstWorkerRunsIt() throws Exception {
        ServeProcess third = cluster.startExtraWorker("w3");
        try {
            CompletableFuture<Edition> rendering;
            long partition;
            try (Connection brake = brake()) {
                rendering = CompletableFuture.supplyAsync(
                        () -> cluster.manager.getBean(RenderService.class).render("2025", "figures", null));
                SchedulerTestBed.await("w1 inside a partition", Duration.ofSeconds(60), () -> cluster.database.count(
                        "select count(*) from cluster_worker where node in ('w1', 'w2') and step_execution_id is not null") == 2);
                partition = cluster.database.jdbc().queryForObject(
                        "select step_execution_id from cluster_worker where node = 'w1'", Long.class);
                cluster.sendRequest("renderPartitionStep", partition);
                SchedulerTestBed.await("the copy taken by w3", Duration.ofSeconds(30),
                        () -> cluster.queueDepth() == 0);
                Thread.sleep(1000);
                assertThat(cluster.database.count("select count(*) from cluster_worker where node = 'w3' "
                        + "and step_execution_id is not null")).as("w3 waits for the lease, running nothing").isZero();
                brake.rollback();
            }
            assertThat(rendering.get(2, TimeUnit.MINUTES).files()).extracting(f -> f.language() + "/" + f.fileName())
                    .contains("vi/figures-2025-VN.txt", "en/figures-2025-VN.txt");
            // w3 takes the lease once w1 lets it go, finds the partition completed and drops the copy.
            Thread.sleep(2000);
            assertThat(cluster.database.jdbc().queryForObject(
                    "select node from step_execution_node where step_execution_id = ?", String.class, partition))
                    .as("run by w1 alone").isEqualTo("w1");
            assertThat(cluster.database.jdbc().queryForObject(
                    "select status from batch_step_execution where step_execution_id = ?", String.class, partition))
                    .isEqualTo("COMPLETED");
        } finally {
            third.kill();
        }
    }

    @Test
    void withNoWorkerAliveTheRenderFailsClearlyAndRestartsOnceWorkersAreBack() throws Exception {
        cluster.workers[0].kill();
        cluster.workers[1].kill();
        try {
            assertThatThrownBy(() -> cluster.manager.getBean(RenderService.class).render("2025", "figures", null))
                    .isInstanceOf(DnndException.class).hasMessageContaining("no worker alive for ")
                    .hasMessageContaining("partitions waited in queue " + cluster.queue);
        } finally {
            cluster.startWorker(0);
            cluster.startWorker(1);
        }
        long failed = lastRender();
        assertThat(status(failed)).isEqualTo("FAILED");
        assertThat(runningPartitions(failed)).isZero();
        cluster.awaitWorkers();

        JobExecution restarted = cluster.manager.getBean(BatchControl.class).restart(failed, id -> { });

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(cluster.manager.getBean(RenderService.class).editionOf(restarted).files())
                .extracting(f -> f.language() + "/" + f.fileName()).contains("vi/figures-2025-VN.txt", "en/figures-2025-VN.txt");
    }

    @Test
    void aBrokerDownAtTheStartFailsTheRenderClearlyAndItRestartsToAnEdition() throws Exception {
        cluster.broker.cut();
        try {
            assertThatThrownBy(this::render).isInstanceOf(DnndException.class)
                    .hasMessageContaining("RabbitMQ").hasMessageContaining("127.0.0.1:" + cluster.broker.port());
        } finally {
            cluster.broker.open();
        }
        long failed = lastRender();
        assertThat(status(failed)).isEqualTo("FAILED");
        assertThat(runningPartitions(failed)).as("nothing left running: restartable at once").isZero();

        JobExecution restarted = cluster.manager.getBean(BatchControl.class).restart(failed, id -> { });

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(cluster.manager.getBean(RenderService.class).editionOf(restarted).files()).hasSize(PARTITIONS);
    }

    @Test
    void aBrokerLostWhilePartitionsWaitFailsTheRenderAndItRestartsToAnEdition() throws Exception {
        CompletableFuture<Edition> rendering;
        try (Connection brake = brake()) {
            rendering = CompletableFuture.supplyAsync(this::render);
            SchedulerTestBed.await("both workers inside a partition", Duration.ofSeconds(60), () -> cluster.database.count(
                    "select count(*) from cluster_worker where step_execution_id is not null") == 2);
            cluster.broker.cut();
            assertThat(rendering).failsWithin(Duration.ofSeconds(60)).withThrowableThat()
                    .withMessageContaining("lost RabbitMQ at amqp://127.0.0.1:" + cluster.broker.port())
                    .withMessageContaining("still waited in its queue");
            brake.rollback();
        } finally {
            cluster.broker.open();
        }
        long failed = lastRender();
        assertThat(status(failed)).isEqualTo("FAILED");
        assertThat(runningPartitions(failed)).isZero();

        JobExecution restarted = cluster.manager.getBean(BatchControl.class).restart(failed, id -> { });

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(cluster.manager.getBean(RenderService.class).editionOf(restarted).files()).hasSize(PARTITIONS);
    }

    @Test
    void aPartitionThatFailsOnceIsSentAgainAndOneThatAlwaysFailsFailsTheJobUntilRestarted() throws Exception {
        cluster.database.jdbc().execute("create table if not exists test_render_fault (lang text)");
        cluster.database.jdbc().update("insert into test_render_fault values ('en')");

        Edition once = cluster.manager.getBean(RenderService.class).render("2025", "figures", null);

        assertThat(once.files()).extracting(f -> f.language() + "/" + f.fileName())
                .contains("vi/figures-2025-VN.txt", "en/figures-2025-VN.txt");
        assertThat(cluster.database.count("select count(*) from test_render_fault")).as("the fault was met").isZero();

        cluster.database.jdbc().update("insert into test_render_fault values ('en'), ('en')");
        assertThatThrownBy(() -> cluster.manager.getBean(RenderService.class).render("2025", "figures", null))
                .isInstanceOf(DnndException.class);
        long failed = lastRender();
        assertThat(status(failed)).isEqualTo("FAILED");
        assertThat(cluster.database.count("select count(*) from test_render_fault")).as("two runs of one partition")
                .isZero();
        assertThat(cluster.database.jdbc().queryForList("""
                select status from batch_step_execution where job_execution_id = ? and step_name like 'renderPartitionStep:%'
                order by step_name""", String.class, failed)).containsExactly("FAILED", "COMPLETED");

        JobExecution restarted = cluster.manager.getBean(BatchControl.class).restart(failed, id -> { });

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(cluster.manager.getBean(RenderService.class).editionOf(restarted).files()).hasSize(once.files().size());
    }

    private Edition render() {
        return cluster.manager.getBean(RenderService.class).render("2025", KINDS, null);
    }

    /** Holds every render partition at its first read (the run's submissions) until rolled back. */
    private Connection brake() throws Exception {
        Connection brake = cluster.database.jdbc().getDataSource().getConnection();
        brake.setAutoCommit(false);
        brake.createStatement().execute("lock table compute_run_submission in access exclusive mode");
        return brake;
    }

    private List<String> partitionNodes(Edition edition) {
        return cluster.database.jdbc().queryForList("""
                select n.node from report_edition e
                join batch_step_execution s on s.job_execution_id = e.job_execution_id
                join step_execution_node n on n.step_execution_id = s.step_execution_id
                where e.period_code = '2025' and e.edition = ?""", String.class, edition.number());
    }

    private long lastRender() {
        return cluster.database.jdbc().queryForObject("""
                select max(e.job_execution_id) from batch_job_execution e
                join batch_job_instance i on i.job_instance_id = e.job_instance_id where i.job_name = 'renderJob'""",
                Long.class);
    }

    private String status(long execution) {
        return cluster.database.jdbc().queryForObject(
                "select status from batch_job_execution where job_execution_id = ?", String.class, execution);
    }

    private long runningPartitions(long execution) {
        return cluster.database.count("""
                select count(*) from batch_step_execution
                where job_execution_id = ? and status in ('STARTING', 'STARTED', 'STOPPING')""", execution);
    }
}
