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
 * computeJob(period): set-based SQL in PostgreSQL, writing only the run's staging rows; the last step swaps
 * them in with one transaction.
 * <pre>
 * startComputeRunStep → annual:  stageAnnualResultsStep → publishAnnualResultsStep
 *                     → review:  stageSeriesStep → publishSeriesStep
 * </pre>
 * The annual staging is one step of several statements (freeze the run's inputs, organisation values,
 * aggregates, completeness, organisation and group scores), not a step each: a run that fails starts again
 * from its first statement either way, and each step's bookkeeping in the job repository (about a dozen
 * statements and two commits) was a third of a national-size run (docs/benchmarks.md).
 * A run that is not published (the job failed, or its process died) is marked failed and its staging cleared
 * by {@link ComputeRunLeftovers}, the job's hook in the one recovery model (DeadExecutions); a new run, or a
 * restart, starts afresh.
 */
@Configuration(proxyBeanMethods = false)
class ComputeJobConfiguration {

    static final String JOB_NAME = "computeJob";

    @Bean
    Job computeJob(JobRepository jobRepository, Step startComputeRunStep, PeriodKindDecider periodKindDecider,
                   Step stageAnnualResultsStep, Step publishAnnualResultsStep,
                   Step stageSeriesStep, Step publishSeriesStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(startComputeRunStep)
                .next(periodKindDecider)
                .on(PeriodKindDecider.ANNUAL).to(stageAnnualResultsStep)
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
    Step stageAnnualResultsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                NamedParameterJdbcTemplate jdbc, NamedQueries sql, ScoreProperties scores) {
        return TaskletSteps.transactionalOnEveryRun("stageAnnualResultsStep", jobRepository, transactionManager,
                new StageAnnualResultsTasklet(jdbc, new FreezeRunInputs(jdbc, sql, scores),
                        new RunSqlTasklet(jdbc, sql, "stage-organisation-values", "stage-aggregates",
                                "stage-completeness", "stage-organisation-scores", "stage-group-scores")));
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
