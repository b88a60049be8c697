package vn.dnnd.referencedata;

import java.util.List;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/** Fails the load, before anything is applied, if any line of any file has a problem. */
final class ValidateReferenceDataTasklet implements Tasklet {

    private final JdbcTemplate jdbc;

    ValidateReferenceDataTasklet(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<ReferenceProblem> problems = ReferenceChecks.run(jdbc);
        if (!problems.isEmpty()) {
            throw new ReferenceDataRejectedException(problems);
        }
        return RepeatStatus.FINISHED;
    }
}
