package vn.dnnd.report;

import java.time.Clock;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import vn.dnnd.cluster.Partitions;
import vn.dnnd.referencedata.ReferenceDataCheck;
import vn.dnnd.system.HomeDirectory;
import vn.dnnd.system.NamedQueries;
import vn.dnnd.system.TaskletSteps;

/**
 * renderJob(period, kinds, lang): prepareRenderStep (published run, kinds, languages, next edition)
 * → renderReportsStep (partitioned: renderPartitionStep renders each kind × language, and in the cluster mode
 * each kind × language × region, into a staging directory, on this process's threads or on the cluster's
 * workers) → archiveEditionStep (the edition's directory and every record of it, in one transaction).
 * Restartable: a restart renders the partitions that did not complete and archives the same edition.
 */
@Configuration(proxyBeanMethods = false)
class ReportJobConfiguration {

    static final String JOB_NAME = "renderJob";

    @Bean
    Job renderJob(JobRepository jobRepository, ReferenceDataCheck referenceDataCheck, Step prepareRenderStep,
                  Step renderReportsStep, Step archiveEditionStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(referenceDataCheck)
                .start(prepareRenderStep)
                .next(renderReportsStep)
                .next(archiveEditionStep)
                .build();
    }

    @Bean
    Step prepareRenderStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           NamedParameterJdbcTemplate jdbc, ReportKinds reportKinds, HomeDirectory home, Clock clock) {
        return TaskletSteps.transactional("prepareRenderStep", jobRepository, transactionManager,
                new PrepareRenderTasklet(jdbc, reportKinds, home, clock));
    }

    @Bean
    Step renderReportsStep(JobRepository jobRepository, Partitioner renderPartitioner, Step renderPartitionStep,
                           Partitions partitions) {
        // A PDF's filling and export keep one core busy: as many partitions at once as there are cores.
        return partitions.step("renderReportsStep", jobRepository, renderPartitioner, renderPartitionStep,
                Runtime.getRuntime().availableProcessors());
    }

    /** Step-scoped: the partitions follow the plan prepareRenderStep stored in the job's context. */
    @Bean
    @StepScope
    Partitioner renderPartitioner(@Value("#{stepExecution}") StepExecution stepExecution, ReportKinds reportKinds,
                                  Partitions partitions) {
        return new RenderPartitioner(RenderPlan.of(stepExecution.getJobExecution()), reportKinds, partitions.remote());
    }

    @Bean
    Step renderPartitionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                             NamedParameterJdbcTemplate jdbc, NamedQueries queries, ReportKinds reportKinds) {
        // Outside a transaction: each renderer reads its period in a REPEATABLE READ snapshot of its own.
        return TaskletSteps.outsideTransaction("renderPartitionStep", jobRepository, transactionManager,
                new RenderPartitionTasklet(jdbc, queries, reportKinds, jobRepository));
    }

    @Bean
    Step archiveEditionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                            NamedParameterJdbcTemplate jdbc, NamedQueries queries, HomeDirectory home) {
        return TaskletSteps.transactional("archiveEditionStep", jobRepository, transactionManager,
                new ArchiveEditionTasklet(jdbc, queries, home));
    }
}
