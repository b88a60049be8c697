package vn.dnnd.submission.ingest;

import java.time.Clock;
import java.time.Duration;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import vn.dnnd.cluster.Partitions;
import vn.dnnd.submission.IntakeProperties;
import vn.dnnd.system.TaskletSteps;

/**
 * ingestJob's steps in the cluster mode (dnnd.cluster.broker set), after ingestBundlesStep:
 * identifyFilesStep (partitioned by runs of files in reading order: whose each file is) then
 * ingestFilesByOrganisationStep (partitioned by organisation: each partition stores its organisations' files in
 * reading order with ingestFilesStep's own reader, processor and writer). Two files of one organisation are
 * therefore stored in the order one process stores them, whichever workers run the partitions; the cost is
 * reading each file twice. The manager holds the ingest lock for the whole run ({@link IngestLockListener}).
 */
@Configuration(proxyBeanMethods = false)
class IngestPartitionsConfiguration {

    @Bean
    Step identifyFilesStep(JobRepository jobRepository, Partitioner identifyFilesPartitioner,
                           Step identifyFilesPartitionStep, Partitions partitions) {
        // One partition at a time in one process: its files are few, and reading them is quick.
        return partitions.step("identifyFilesStep", jobRepository, identifyFilesPartitioner, identifyFilesPartitionStep, 1);
    }

    @Bean
    @StepScope
    Partitioner identifyFilesPartitioner(@Value("#{jobParameters['inbox']}") String inbox,
                                         @Value("#{jobParameters['settleSeconds']}") String settleSeconds,
                                         Inboxes inboxes, IntakeProperties properties, Clock clock,
                                         @Value("#{stepExecution}") StepExecution stepExecution) {
        InboxNotes notes = new InboxNotes();
        InboxFileReader listing = new InboxFileReader(inboxes.ofJobParameter(inbox), false,
                settle(settleSeconds, properties), clock, notes);
        InboxPartitioner partitioner = new InboxPartitioner(listing.list(), properties.partitionFiles());
        // The files left in the inbox as too fresh are said by this step, as ingestFilesStep would say them.
        stepExecution.getExecutionContext().putString(InboxNotes.KEY, notes.saved());
        return partitioner;
    }

    @Bean
    Step identifyFilesPartitionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                    IdentifyFilesTasklet identifyFilesTasklet) {
        return TaskletSteps.transactional("identifyFilesPartitionStep", jobRepository, transactionManager,
                identifyFilesTasklet);
    }

    @Bean
    @StepScope
    IdentifyFilesTasklet identifyFilesTasklet(InboxFileReader inboxFileReader, InboxNotes inboxNotes,
                                              IntakeProperties properties, IngestFileKeys keys) {
        return new IdentifyFilesTasklet(inboxFileReader, inboxNotes, new FileIdentifier(properties), keys);
    }

    @Bean
    Step ingestFilesByOrganisationStep(JobRepository jobRepository, Partitioner organisationPartitioner,
                                       Step ingestFilesPartitionStep, Partitions partitions) {
        return partitions.step("ingestFilesByOrganisationStep", jobRepository, organisationPartitioner,
                ingestFilesPartitionStep, 1);
    }

    @Bean
    @StepScope
    Partitioner organisationPartitioner(IngestFileKeys keys, IntakeProperties properties,
                                        @Value("#{stepExecution}") StepExecution stepExecution) {
        return new OrganisationPartitioner(keys.of(stepExecution.getJobExecution().getJobInstance().getInstanceId()),
                properties.partitionFiles());
    }

    /** ingestFilesStep's reader, processor and writer (step-scoped), on one partition's files. */
    @Bean
    Step ingestFilesPartitionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                  ProcessingAheadReader<IngestItem> ingestFileAheadReader, IngestWriter ingestWriter,
                                  IntakeProperties properties) {
        return IngestJobConfiguration.filesStep("ingestFilesPartitionStep", jobRepository, transactionManager,
                ingestFileAheadReader, ingestWriter, properties);
    }

    /** The keys of a completed run are of no more use. */
    @Bean
    JobExecutionListener ingestFileKeysCleanup(IngestFileKeys keys) {
        return new JobExecutionListener() {
            @Override
            public void afterJob(JobExecution execution) {
                if (execution.getStatus() == org.springframework.batch.core.BatchStatus.COMPLETED) {
                    keys.forget(execution.getJobInstance().getInstanceId());
                }
            }
        };
    }

    static Duration settle(String settleSeconds, IntakeProperties properties) {
        return Duration.ofSeconds(settleSeconds == null ? properties.settleSeconds() : Long.parseLong(settleSeconds));
    }
}
