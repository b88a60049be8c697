package vn.dnnd.indicator;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * An annual run's staging in one transaction: freezes the run's inputs, then runs the staging statements.
 * The step's write count is the expected reporters frozen plus the rows the statements staged.
 */
class StageAnnualResultsTasklet implements Tasklet {

    private final NamedParameterJdbcTemplate jdbc;
    private final FreezeRunInputs inputs;
    private final RunSqlTasklet statements;

    StageAnnualResultsTasklet(NamedParameterJdbcTemplate jdbc, FreezeRunInputs inputs, RunSqlTasklet statements) {
        this.jdbc = jdbc;
        this.inputs = inputs;
        this.statements = statements;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        BulkSqlSettings.apply(jdbc);
        contribution.incrementWriteCount(inputs.freeze(ComputeRunContext.of(chunkContext)));
        return statements.execute(contribution, chunkContext);
    }
}
