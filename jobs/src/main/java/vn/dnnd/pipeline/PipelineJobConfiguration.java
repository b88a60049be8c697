package vn.dnnd.pipeline;

import java.time.Clock;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import vn.dnnd.indicator.ComputeService;
import vn.dnnd.report.RenderService;
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
 * Every stage runs its job the same way: a tasklet, outside a transaction, calls the feature's service, which
 * launches the job through BatchJobs and waits for it. So each stage keeps its feature's rules (ingest resumes a
 * run of its inbox whose process died, computeJob computes afresh, renderJob is the instance of this pipeline
 * instance), every launch settles the dead executions of its job first (DeadExecutions), and a restarted
 * pipeline skips its completed stages and runs the others again.
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
                          IngestService ingestService, IngestResults ingestResults, HomeDirectory home, Clock clock) {
        return TaskletSteps.outsideTransaction("annualIngestStep", jobRepository, transactionManager,
                new PipelineIngestTasklet(ingestService, ingestResults, home, clock));
    }

    @Bean
    Step annualComputeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           ComputeService computeService) {
        return TaskletSteps.outsideTransaction("annualComputeStep", jobRepository, transactionManager,
                new PipelineComputeTasklet(computeService));
    }

    @Bean
    Step annualRenderStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                          RenderService renderService) {
        return TaskletSteps.outsideTransaction("annualRenderStep", jobRepository, transactionManager,
                new PipelineRenderTasklet(renderService));
    }

    @Bean
    Step refreshComputeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                            ComputeService computeService) {
        return TaskletSteps.outsideTransaction("refreshComputeStep", jobRepository, transactionManager,
                new PipelineComputeTasklet(computeService));
    }

    @Bean
    Step refreshRenderStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           RenderService renderService) {
        return TaskletSteps.outsideTransaction("refreshRenderStep", jobRepository, transactionManager,
                new PipelineRenderTasklet(renderService));
    }
}
