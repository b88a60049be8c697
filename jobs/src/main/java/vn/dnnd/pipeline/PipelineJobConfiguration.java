package vn.dnnd.pipeline;

import java.time.Clock;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.transaction.PlatformTransactionManager;
import vn.dnnd.indicator.ComputeService;
import vn.dnnd.submission.ingest.IngestResults;
import vn.dnnd.submission.ingest.IngestService;
import vn.dnnd.system.HomeDirectory;
import vn.dnnd.system.TaskletSteps;

/**
 * The pipelines the schedules fire, each one Spring Batch job whose steps run the feature jobs:
 * <pre>
 * refreshJob(period[, runDate, kinds, lang]):                                  refreshComputeStep → refreshRenderStep
 * annualJob(period[, inbox, receivedAt, allowLocked, kinds, lang]): annualIngestStep → annualComputeStep → annualRenderStep
 * </pre>
 * Ingest and compute steps start a new run of their job through its service (so ingest first resumes a
 * run a killed process left, and computeJob keeps its fresh-run rule); the render steps are JobSteps, so
 * restarting a pipeline whose render failed skips the completed stages and restarts that same renderJob
 * (also one a killed process left running: {@link OrphanedRenderRecovery}). The services and the job
 * operator are injected lazily: they depend on the job registry, which collects these jobs at start-up
 * (an eager cycle would leave the pipelines out of the registry, and JobOperator.restart could not find them).
 */
@Configuration(proxyBeanMethods = false)
class PipelineJobConfiguration {

    @Bean
    Job refreshJob(JobRepository jobRepository, Step refreshComputeStep, Step refreshRenderStep) {
        return new JobBuilder("refreshJob", jobRepository).start(refreshComputeStep).next(refreshRenderStep).build();
    }

    @Bean
    Job annualJob(JobRepository jobRepository, Step annualIngestStep, Step annualComputeStep, Step annualRenderStep) {
        return new JobBuilder("annualJob", jobRepository)
                .start(annualIngestStep).next(annualComputeStep).next(annualRenderStep).build();
    }

    @Bean
    Step annualIngestStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                          @Lazy IngestService ingestService, IngestResults ingestResults, HomeDirectory home,
                          Clock clock) {
        return TaskletSteps.outsideTransaction("annualIngestStep", jobRepository, transactionManager,
                new PipelineIngestTasklet(ingestService, ingestResults, home, clock));
    }

    @Bean
    Step annualComputeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           @Lazy ComputeService computeService) {
        return TaskletSteps.outsideTransaction("annualComputeStep", jobRepository, transactionManager,
                new PipelineComputeTasklet(computeService));
    }

    @Bean
    Step annualRenderStep(JobRepository jobRepository, @Lazy JobOperator jobOperator, Job renderJob) {
        return render("annualRenderStep", jobRepository, jobOperator, renderJob);
    }

    @Bean
    Step refreshComputeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                            @Lazy ComputeService computeService) {
        return TaskletSteps.outsideTransaction("refreshComputeStep", jobRepository, transactionManager,
                new PipelineComputeTasklet(computeService));
    }

    @Bean
    Step refreshRenderStep(JobRepository jobRepository, @Lazy JobOperator jobOperator, Job renderJob) {
        return render("refreshRenderStep", jobRepository, jobOperator, renderJob);
    }

    private static Step render(String name, JobRepository jobRepository, @Lazy JobOperator jobOperator, Job renderJob) {
        return new StepBuilder(name, jobRepository).job(renderJob).operator(jobOperator)
                .parametersExtractor(PipelineParameters.renderParameters())
                .listener(new OrphanedRenderRecovery(jobRepository, jobOperator, renderJob)).build();
    }
}
