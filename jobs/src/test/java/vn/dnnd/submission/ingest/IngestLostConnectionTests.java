package vn.dnnd.submission.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.dnnd.cli.DnndMain;
import vn.dnnd.submission.IngestChecksum;
import vn.dnnd.support.SchedulerTestBed;
import vn.dnnd.support.TestDatabase;

/**
 * The database connection of an {@code ingest} goes away while a chunk is being written (the server
 * terminates its backend). The run must end FAILED, not UNKNOWN, so that {@code jobs restart} takes it
 * up again, and in the end every file is ingested exactly once.
 */
@SpringBootTest(properties = "dnnd.intake.chunk-size=4")
class IngestLostConnectionTests extends IngestTestSupport {

    private static final long HOLD = 4_242_001L;

    @Autowired
    DataSource dataSource;

    @AfterEach
    void removeTrap() {
        jdbc.execute("drop trigger if exists test_hold_f07 on submission");
    }

    @Test
    void aConnectionLostMidChunkLeavesTheRunFailedAndJobsRestartFinishesIt() throws Exception {
        Path inbox = ProvinceInbox.write(referenceLoader, work.resolve("inbox"));
        // f07.csv's row waits for a lock the test holds, so its chunk is mid-write when its backend goes.
        jdbc.execute("""
                create or replace function test_hold_f07() returns trigger language plpgsql as $$
                begin
                    if new.source_file_name = 'f07.csv' then perform pg_advisory_xact_lock(%d); end if;
                    return new;
                end $$""".formatted(HOLD));
        jdbc.execute("create trigger test_hold_f07 before insert on submission for each row execute function test_hold_f07()");

        CompletableFuture<IngestSummary> run;
        try (Connection holder = dataSource.getConnection(); Statement statement = holder.createStatement()) {
            statement.execute("select pg_advisory_lock(" + HOLD + ")");
            run = CompletableFuture.supplyAsync(() -> ingest.ingest(new IngestRequest(inbox, DECEMBER_10, false)));
            SchedulerTestBed.await("the second chunk waiting in f07.csv", Duration.ofSeconds(120),
                    () -> !waiting().isEmpty() || run.isDone());
            assertThat(jdbc.queryForList("select pg_terminate_backend(pid) from unnest(?::int[]) pid", Boolean.class,
                    (Object) waiting().toArray(Integer[]::new))).containsOnly(true);
            statement.execute("select pg_advisory_unlock(" + HOLD + ")");
        }
        jdbc.execute("drop trigger test_hold_f07 on submission");

        Throwable failed = catchThrowable(() -> run.get(3, TimeUnit.MINUTES));
        assertThat(failed).as("the ingest reports its failure").isInstanceOf(ExecutionException.class);
        Map<String, Object> execution = jdbc.queryForMap("""
                select e.job_execution_id, e.status, e.exit_message from batch_job_execution e
                join batch_job_instance i on i.job_instance_id = e.job_instance_id
                where i.job_name = 'ingestJob' order by e.job_execution_id desc limit 1""");
        assertThat(execution.get("status")).as("%s", failed.getCause()).isEqualTo("FAILED");
        assertThat((String) execution.get("exit_message")).startsWith("database connection lost");
        assertThat(jdbc.queryForObject("select count(*) from intake_file", Integer.class))
                .as("the first chunk committed, the second rolled back").isEqualTo(4);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = DnndMain.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                "--home", System.getProperty("dnnd.home"), "jobs", "restart", execution.get("job_execution_id").toString());
        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("COMPLETED");
        try (Stream<Path> left = Files.list(inbox)) {
            assertThat(left).isEmpty();
        }
        assertThat(jdbc.queryForObject("select count(distinct source_file_name) || '/' || count(*) from submission",
                String.class)).isEqualTo("12/12");
        String afterRestart = IngestChecksum.of(jdbc);

        TestDatabase.clearCollectedAndComputed(jdbc);
        ingest.ingest(new IngestRequest(ProvinceInbox.write(referenceLoader, work.resolve("clean")), DECEMBER_10, false));
        assertThat(afterRestart).isEqualTo(IngestChecksum.of(jdbc));
    }

    /** Backends of this database waiting for the test's advisory lock. */
    private List<Integer> waiting() {
        return jdbc.queryForList("""
                select l.pid from pg_locks l
                where l.locktype = 'advisory' and not l.granted and l.objid = %d
                  and l.database = (select oid from pg_database where datname = current_database())""".formatted(HOLD),
                Integer.class);
    }
}
