package vn.dnnd.indicator;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import vn.dnnd.system.NamedQueries;

/**
 * A staging step: runs named set-based queries of this feature, in order, in the step's transaction,
 * with the run's bind parameters. The rows they write count as the step's write count.
 */
class RunSqlTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(RunSqlTasklet.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedQueries sql;
    private final List<String> queries;

    RunSqlTasklet(NamedParameterJdbcTemplate jdbc, NamedQueries sql, String... queries) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.queries = List.of(queries);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ComputeRunContext run = ComputeRunContext.of(chunkContext);
        BulkSqlSettings.apply(jdbc);
        for (String query : queries) {
            long started = System.nanoTime();
            int rows = jdbc.update(sql.get("indicator", query), run.parameters());
            contribution.incrementWriteCount(rows);
            log.info("Run {} of {}: {} wrote {} rows in {} ms", run.runId(), run.period(), query, rows,
                    (System.nanoTime() - started) / 1_000_000);
        }
        return RepeatStatus.FINISHED;
    }
}
