package vn.dnnd.indicator;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import vn.dnnd.system.DnndException;
import vn.dnnd.system.NamedQueries;

/**
 * The swap: in the step's single transaction, copies the run's staged rows into a partition of its own
 * per computed table, keys and analyses it, then makes it the period's partition in place of the old
 * one (swap_period_partition, V70), marks the run completed (the period's earlier run 'replaced') and
 * clears the staging. Readers see the old results until the commit and the new ones after it, never a
 * mix (their snapshots lock the tables first: PublishedResultsLock). Swaps of one
 * period are serialised by an advisory lock, and a run never overwrites results of a run that started
 * after it (that run read newer submissions), nor publishes once another computeJob has failed it.
 */
class PublishResultsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(PublishResultsTasklet.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedQueries sql;
    private final Clock clock;
    private final List<PublishedTable> tables;

    PublishResultsTasklet(NamedParameterJdbcTemplate jdbc, NamedQueries sql, Clock clock, PublishedTable... tables) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.clock = clock;
        this.tables = List.of(tables);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ComputeRunContext run = ComputeRunContext.of(chunkContext);
        MapSqlParameterSource parameters = run.parameters().addValue("now", OffsetDateTime.now(clock));
        jdbc.query("select pg_advisory_xact_lock(hashtext('dnnd.compute'), hashtext(:period))", parameters,
                (RowCallbackHandler) row -> { });
        // Locked until the swap commits, so a recovery cannot mark the run failed half-way through it.
        String status = jdbc.queryForObject("select status from compute_run where run_id = :run for update", parameters,
                String.class);
        if (!"running".equals(status)) {
            // Another computeJob took this one for dead (its lease connection dropped) and cleared its staging.
            throw new DnndException("Lần tính " + run.runId() + " kỳ " + run.period() + " đã bị đánh dấu " + status
                    + " khi đang chạy; không công bố, hãy tính lại",
                    "run " + run.runId() + " of " + run.period() + " was marked " + status
                            + " while it ran; not published, compute again");
        }
        Integer newer = jdbc.queryForObject(sql.get("indicator", "count-newer-runs"), parameters, Integer.class);
        if (newer != null && newer > 0) {
            throw new DnndException("Một lần tính kỳ " + run.period() + " bắt đầu sau đã công bố kết quả; lần tính "
                    + run.runId() + " không ghi đè",
                    "a later run of " + run.period() + " has already published; run " + run.runId() + " is not swapped in");
        }
        BulkSqlSettings.apply(jdbc);
        // One swap at a time, of any period: each holds its tables' ACCESS SHARE lock (create … like) and
        // then asks for their ACCESS EXCLUSIVE lock (detach); two at once would wait for each other.
        jdbc.query("select pg_advisory_xact_lock(hashtext('dnnd.compute.swap'))", parameters,
                (RowCallbackHandler) row -> { });
        long n = jdbc.queryForObject("select nextval('computed_partition_number')", parameters, Long.class);
        int rows = 0;
        for (PublishedTable table : tables) {
            jdbc.update(table.createPartitionStatement(n), parameters);
            rows += jdbc.update(table.publishStatement(n), parameters);
            jdbc.update(table.keyStatement(n), parameters);
            // a fresh partition has no statistics; readers' plans need them from the first read
            jdbc.update(table.analyzeStatement(n), parameters);
        }
        // the swaps last: from the first detach to the commit, readers of the tables wait
        for (PublishedTable table : tables) {
            jdbc.query("select swap_period_partition(cast(:parent as regclass), cast(:fresh as regclass), :period)",
                    parameters.addValue("parent", table.table()).addValue("fresh", table.runPartition(n)),
                    (RowCallbackHandler) row -> { });
        }
        jdbc.update("update compute_run set status = 'replaced' where period_code = :period and status = 'completed'",
                parameters);
        jdbc.update(sql.get("indicator", "complete-run"), parameters.addValue("rows", rows));
        StagingCleaner.clear(jdbc, run.runId());
        contribution.incrementWriteCount(rows);
        log.info("Run {} of {} published {} rows", run.runId(), run.period(), rows);
        return RepeatStatus.FINISHED;
    }
}
