package vn.dnnd.referencedata;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/** Empties the staging tables left by the previous load. */
final class ClearReferenceStagingTasklet implements Tasklet {

    private final JdbcTemplate jdbc;

    ClearReferenceStagingTasklet(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        jdbc.execute("""
                truncate ref_stage_problem, ref_stage_task, ref_stage_region, ref_stage_organisation,
                         ref_stage_indicator, ref_stage_period
                """);
        return RepeatStatus.FINISHED;
    }
}
