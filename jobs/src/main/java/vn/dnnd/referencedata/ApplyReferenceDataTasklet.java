package vn.dnnd.referencedata;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dnnd.system.NamedQueries;

/**
 * Applies the checked staging tables to the reference tables. The tasklet runs in the step's single
 * transaction, so either every table changes or none does.
 */
final class ApplyReferenceDataTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ApplyReferenceDataTasklet.class);

    private final JdbcTemplate jdbc;
    private final NamedQueries queries;

    ApplyReferenceDataTasklet(JdbcTemplate jdbc, NamedQueries queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ExecutionContext context = chunkContext.getStepContext().getStepExecution().getExecutionContext();
        for (Map.Entry<String, String> upsert : ReferenceUpserts.BY_TABLE.entrySet()) {
            var change = ReferenceUpserts.Change.of(upsert.getKey(),
                    jdbc.queryForList(queries.get("referencedata", upsert.getValue()), Boolean.class));
            context.putInt(change.table() + ".inserted", change.inserted());
            context.putInt(change.table() + ".updated", change.updated());
            contribution.incrementWriteCount(change.inserted() + change.updated());
            log.info("Reference table {}: {} inserted, {} updated", change.table(), change.inserted(), change.updated());
        }
        return RepeatStatus.FINISHED;
    }
}
