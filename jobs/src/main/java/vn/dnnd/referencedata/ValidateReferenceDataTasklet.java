package vn.dnnd.referencedata;

import java.util.List;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dnnd.system.NamedQueries;

/** Fails the load, before anything is applied, if any line of any file has a problem. */
final class ValidateReferenceDataTasklet implements Tasklet {

    private final JdbcTemplate jdbc;
    private final NamedQueries queries;

    ValidateReferenceDataTasklet(JdbcTemplate jdbc, NamedQueries queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<ReferenceProblem> problems = ReferenceChecks.run(jdbc, queries);
        if (!problems.isEmpty()) {
            throw new ReferenceDataRejectedException(problems);
        }
        return RepeatStatus.FINISHED;
    }
}
