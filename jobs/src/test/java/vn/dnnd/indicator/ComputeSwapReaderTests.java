package vn.dnnd.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.dnnd.referencedata.ReferenceDataService;
import vn.dnnd.system.PublishedResultsLock;

/**
 * A reader's REPEATABLE READ snapshot across a partition swap (V70): the swap waits until the reader is
 * done, the reader reads the run its snapshot saw (without PublishedResultsLock it would find the new
 * partition and none of its rows: an empty period), and once it ends the new run is published whole.
 */
@SpringBootTest
class ComputeSwapReaderTests {

    private static final String RUN_AND_ROWS = """
            select min(run_id) || ' ' || count(*) from indicator_value where period_code = '2025'""";

    @Autowired
    ComputeService compute;
    @Autowired
    ReferenceDataService reference;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void aSwapWaitsForAReaderSnapshotWhichKeepsReadingTheRunItStartedWith() throws Exception {
        MergerFixture.computed(jdbc, reference, compute);
        String before = jdbc.queryForObject(RUN_AND_ROWS, String.class);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            JdbcTemplate reader = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            PublishedResultsLock.beforeSnapshot(reader);
            // the snapshot is taken here, on a table the swap does not touch, as the report readers do
            Long run = reader.queryForObject(
                    "select run_id from compute_run where period_code = '2025' and status = 'completed'", Long.class);
            assertThat(before).startsWith(run + " ");

            CompletableFuture<ComputeResult> again = CompletableFuture.supplyAsync(() -> compute.compute("2025"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (waitingForTheComputedTables() == 0 && !again.isDone() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(again).as("the swap waits for the reader").isNotDone();
            assertThat(reader.queryForObject(RUN_AND_ROWS, String.class)).as("the reader still reads its run, whole")
                    .isEqualTo(before);
            connection.commit();

            ComputeResult published = again.get(60, TimeUnit.SECONDS);
            String after = jdbc.queryForObject(RUN_AND_ROWS, String.class);
            assertThat(after).isEqualTo(published.runId() + " " + before.split(" ")[1]).isNotEqualTo(before);
        }
    }

    private int waitingForTheComputedTables() {
        Integer waiting = jdbc.queryForObject("""
                select count(*) from pg_locks
                where not granted and relation = 'indicator_value'::regclass""", Integer.class);
        return waiting == null ? 0 : waiting;
    }
}
