package vn.dnnd.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dnnd.cli.DnndMain;
import vn.dnnd.referencedata.ReferenceDataService;
import vn.dnnd.support.SchedulerTestBed;
import vn.dnnd.support.SubmissionFixture;
import vn.dnnd.support.TestDatabase;

/**
 * {@code compute --period 2025} in its own JVM is killed with -9 half-way through its stages, leaving its
 * computeJob STARTED and its compute run "running" with staging rows. The next computeJob of the period,
 * whether a new {@code compute} or {@code jobs restart ID --recover}, marks them failed, clears the staging,
 * and publishes a complete run that {@code indicators show} reads.
 */
@SpringBootTest
class ComputeKilledProcessTests {

    @Autowired
    ReferenceDataService referenceData;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path work;

    @BeforeEach
    void twoReportsSubmitted() {
        referenceData.load();
        TestDatabase.clearCollectedAndComputed(jdbc);
        SubmissionFixture submissions = new SubmissionFixture(jdbc);
        submissions.submit("HN", "2025").number("T3.DELEGATIONS_OUT", 12);
        submissions.submit("LAOCAI", "2025").number("T3.DELEGATIONS_OUT", 30);
    }

    @Test
    void theNextComputeMarksTheKilledRunFailed() throws Exception {
        Killed killed = computeKilledHalfWay();

        Run compute = dnnd("compute", "--period", "2025");

        assertThat(compute.exitCode()).as(compute.err()).isZero();
        assertKilledRunFailedAndANewOnePublished(killed);
    }

    @Test
    void jobsRestartRecoverMarksTheKilledRunFailedAndComputesAfresh() throws Exception {
        Killed killed = computeKilledHalfWay();

        Run restart = dnnd("jobs", "restart", Long.toString(killed.execution()), "--recover");

        assertThat(restart.exitCode()).as(restart.err()).isZero();
        assertThat(restart.out()).contains("computeJob").contains("COMPLETED");
        assertKilledRunFailedAndANewOnePublished(killed);
    }

    private record Killed(long execution, long run) {
    }

    private record Run(int exitCode, String out, String err) {
    }

    /**
     * The publish step waits for the period's swap lock, which the test holds; the JVM is killed while it waits,
     * with the run's staged rows committed and not yet swapped in.
     */
    private Killed computeKilledHalfWay() throws Exception {
        Process compute;
        try (Connection holder = dataSource.getConnection(); Statement statement = holder.createStatement()) {
            holder.setAutoCommit(false);
            statement.execute("select pg_advisory_xact_lock(hashtext('dnnd.compute'), hashtext('2025'))");
            compute = child("compute", "--period", "2025");
            SchedulerTestBed.await("the compute waiting to publish", Duration.ofSeconds(180),
                    () -> !compute.isAlive() || waitingToPublish());
            assertThat(compute.isAlive()).as(Files.readString(work.resolve("compute.out"))).isTrue();
            compute.destroyForcibly().waitFor();
            holder.rollback();
        }
        Map<String, Object> left = jdbc.queryForMap("""
                select c.run_id, c.status as run_status, e.job_execution_id, e.status as job_status,
                       (select count(*) from indicator_value_stage s where s.run_id = c.run_id) as staged
                from compute_run c join batch_job_execution e on e.job_execution_id = c.job_execution_id
                where c.period_code = '2025' order by c.run_id desc limit 1""");
        assertThat(left).as("as kill -9 leaves them").containsEntry("run_status", "running").containsEntry("job_status", "STARTED");
        assertThat((Long) left.get("staged")).as("the staging step committed its rows").isPositive();
        return new Killed((Long) left.get("job_execution_id"), (Long) left.get("run_id"));
    }

    private void assertKilledRunFailedAndANewOnePublished(Killed killed) {
        assertThat(jdbc.queryForObject("select status || ': ' || failure from compute_run where run_id = ?", String.class,
                killed.run())).startsWith("failed: interrupted").contains("job execution " + killed.execution());
        assertThat(jdbc.queryForObject("select status from batch_job_execution where job_execution_id = ?", String.class,
                killed.execution())).isEqualTo("FAILED");
        assertThat(jdbc.queryForObject("""
                select (select count(*) from indicator_value_stage) + (select count(*) from compute_stage_reporter)
                     + (select count(*) from task_score_stage) + (select count(*) from completeness_stage)""",
                Integer.class)).as("no staging left").isZero();
        assertThat(jdbc.queryForObject("select count(*) from compute_run where period_code = '2025' and status = 'completed'"
                + " and run_id > ?", Integer.class, killed.run())).isEqualTo(1);

        Run show = dnnd("indicators", "show", "--period", "2025");
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).as("the two reports, counted once").contains("đã nộp (submitted) 2 ·");
    }

    private boolean waitingToPublish() {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from pg_locks where locktype = 'advisory' and not granted
                               and classid = hashtext('dnnd.compute')::oid and objid = hashtext('2025')::oid)""",
                Boolean.class));
    }

    /** A {@code dnnd} JVM on the test home: it attaches to the test run's PostgreSQL. */
    private Process child(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DnndMain.class.getName(),
                "--home", System.getProperty("dnnd.home")));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve(args[0] + ".out").toFile());
        builder.environment().remove("DNND_DB_URL");
        return builder.start();
    }

    private static Run dnnd(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> withHome = new ArrayList<>(List.of("--home", System.getProperty("dnnd.home")));
        withHome.addAll(List.of(args));
        int exit = DnndMain.execute(new PrintWriter(out, true), new PrintWriter(err, true), withHome.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }
}
