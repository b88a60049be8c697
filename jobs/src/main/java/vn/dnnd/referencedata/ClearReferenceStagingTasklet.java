package vn.dnnd.referencedata;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dnnd.system.NamedQueries;

/** Empties the staging tables left by the previous load. */
final class ClearReferenceStagingTasklet implements Tasklet {

    private final JdbcTemplate jdbc;
    private final NamedQueries queries;

    ClearReferenceStagingTasklet(JdbcTemplate jdbc, NamedQueries queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        jdbc.execute(queries.get("referencedata", "clear-staging"));
        return RepeatStatus.FINISHED;
    }
}
