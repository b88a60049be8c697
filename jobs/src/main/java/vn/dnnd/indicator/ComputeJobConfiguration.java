package vn.dnnd.indicator;

import java.time.Clock;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import vn.dnnd.system.NamedQueries;
import vn.dnnd.system.TaskletSteps;

/**
 * computeJob(period): set-based SQL in PostgreSQL, one tasklet step per stage, each in its own
 * transaction, writing only the run's staging rows; the last step swaps them in with one transaction.
 * <pre>
 * startComputeRunStep → annual:  freezeRunInputsStep → stageOrganisationValuesStep → stageAggregatesStep
 *                                → stageCompletenessStep → stageTaskScoresStep → publishAnnualResultsStep
 *                     → review:  stageSeriesStep → publishSeriesStep
 * </pre>
 * A run that is not published (the job failed, or its process died) is marked failed and its staging cleared
 * by {@link ComputeRunLeftovers}, the job's hook in the one recovery model (DeadExecutions); a new run, or a
 * restart, starts afresh.
 */
@Configuration(proxyBeanMethods = false)
class ComputeJobConfiguration {

    static final String JOB_NAME = "computeJob";

    @Bean
    Job computeJob(JobRepository jobRepository, Step startComputeRunStep, PeriodKindDecider periodKindDecider,
                   Step freezeRunInputsStep, Step stageOrganisationValuesStep, Step stageAggregatesStep,
                   Step stageCompletenessStep, Step stageTaskScoresStep, Step publishAnnualResultsStep,
                   Step stageSeriesStep, Step publishSeriesStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(startComputeRunStep)
                .next(periodKindDecider)
                .on(PeriodKindDecider.ANNUAL).to(freezeRunInputsStep)
                .next(stageOrganisationValuesStep)
                .next(stageAggregatesStep)
                .next(stageCompletenessStep)
                .next(stageTaskScoresStep)
                .next(publishAnnualResultsStep)
                .from(periodKindDecider).on(PeriodKindDecider.REVIEW).to(stageSeriesStep)
                .next(publishSeriesStep)
                .end()
                .build();
    }

    @Bean
    ComputeRunLeftovers computeRunLeftovers(NamedParameterJdbcTemplate jdbc, NamedQueries sql, Clock clock) {
        return new ComputeRunLeftovers(jdbc, sql, clock);
    }

    @Bean
    PeriodKindDecider periodKindDecider() {
        return new PeriodKindDecider();
    }

    @Bean
    Step startComputeRunStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                             NamedParameterJdbcTemplate jdbc, NamedQueries sql, ScoreProperties scores, Clock clock,
                             ComputeRunLeftovers computeRunLeftovers) {
        return TaskletSteps.transactionalOnEveryRun("startComputeRunStep", jobRepository, transactionManager,
                new StartComputeRunTasklet(jdbc, sql, scores, clock, computeRunLeftovers));
    }

    @Bean
    Step freezeRunInputsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                             NamedParameterJdbcTemplate jdbc, NamedQueries sql, ScoreProperties scores) {
        return TaskletSteps.transactionalOnEveryRun("freezeRunInputsStep", jobRepository, transactionManager,
                new FreezeRunInputsTasklet(jdbc, sql, scores));
    }

    @Bean
    Step stageOrganisationValuesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                     NamedParameterJdbcTemplate jdbc, NamedQueries sql) {
        return TaskletSteps.transactionalOnEveryRun("stageOrganisationValuesStep", jobRepository, transactionManager,
                new RunSqlTasklet(jdbc, sql, "stage-organisation-values"));
    }

    @Bean
    Step stageAggregatesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                             NamedParameterJdbcTemplate jdbc, NamedQueries sql) {
        return TaskletSteps.transactionalOnEveryRun("stageAggregatesStep", jobRepository, transactionManager,
                new RunSqlTasklet(jdbc, sql, "stage-aggregates"));
    }

    @Bean
    Step stageCompletenessStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                               NamedParameterJdbcTemplate jdbc, NamedQueries sql) {
        return TaskletSteps.transactionalOnEveryRun("stageCompletenessStep", jobRepository, transactionManager,
                new RunSqlTasklet(jdbc, sql, "stage-completeness"));
    }

    @Bean
    Step stageTaskScoresStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                             NamedParameterJdbcTemplate jdbc, NamedQueries sql) {
        return TaskletSteps.transactionalOnEveryRun("stageTaskScoresStep", jobRepository, transactionManager,
                new RunSqlTasklet(jdbc, sql, "stage-organisation-scores", "stage-group-scores"));
    }

    @Bean
    Step publishAnnualResultsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                  NamedParameterJdbcTemplate jdbc, NamedQueries sql, Clock clock) {
        return TaskletSteps.transactionalOnEveryRun("publishAnnualResultsStep", jobRepository, transactionManager,
                new PublishResultsTasklet(jdbc, sql, clock, PublishedTable.INDICATOR_VALUE, PublishedTable.COMPLETENESS,
                        PublishedTable.TASK_SCORE));
    }

    @Bean
    Step stageSeriesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                         NamedParameterJdbcTemplate jdbc, NamedQueries sql) {
        return TaskletSteps.transactionalOnEveryRun("stageSeriesStep", jobRepository, transactionManager,
                new RunSqlTasklet(jdbc, sql, "stage-series"));
    }

    @Bean
    Step publishSeriesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           NamedParameterJdbcTemplate jdbc, NamedQueries sql, Clock clock) {
        return TaskletSteps.transactionalOnEveryRun("publishSeriesStep", jobRepository, transactionManager,
                new PublishResultsTasklet(jdbc, sql, clock, PublishedTable.INDICATOR_SERIES));
    }
}
