package vn.dnnd.report;

import java.time.Clock;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import vn.dnnd.referencedata.ReferenceDataCheck;
import vn.dnnd.system.HomeDirectory;
import vn.dnnd.system.NamedQueries;
import vn.dnnd.system.TaskletSteps;

/**
 * renderJob(period, kinds, lang): prepareRenderStep (published run, kinds, languages, next edition)
 * → renderReportsStep (every kind and language into a staging directory) → archiveEditionStep (the
 * edition's directory and every record of it, in one transaction). Restartable: a restart renders
 * the same edition again and archives it.
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
    Step renderReportsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           NamedParameterJdbcTemplate jdbc, NamedQueries queries, ReportKinds reportKinds) {
        // Outside a transaction: each renderer reads its period in a REPEATABLE READ snapshot of its own.
        return TaskletSteps.outsideTransaction("renderReportsStep", jobRepository, transactionManager,
                new RenderReportsTasklet(jdbc, queries, reportKinds));
    }

    @Bean
    Step archiveEditionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                            NamedParameterJdbcTemplate jdbc, NamedQueries queries, HomeDirectory home) {
        return TaskletSteps.transactional("archiveEditionStep", jobRepository, transactionManager,
                new ArchiveEditionTasklet(jdbc, queries, home));
    }
}
