package vn.dnnd.submission.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import vn.dnnd.cluster.Partitions;
import vn.dnnd.referencedata.ReferenceDataCheck;
import vn.dnnd.submission.IntakeProperties;
import vn.dnnd.submission.reference.CurrentIntakeReference;

/**
 * ingestJob: one chunk-oriented step over the inbox. Reader lists the files and has the parse threads parse
 * and validate each (no database) a chunk ahead of the writer; writer stores a chunk of files per
 * transaction and archives them after commit. The whole run holds the home's ingest lock ({@link IngestLockListener}). Job parameters:
 * inbox (absolute, or relative to the home), receivedAt (ISO date-time with offset), allowLocked, requestedAt,
 * and optionally settleSeconds (default dnnd.intake.settle-seconds). The step beans share the cached
 * reference data ({@link CurrentIntakeReference}): read once, and again only after it changed, not per bean and step.
 */
@Configuration(proxyBeanMethods = false)
class IngestJobConfiguration {

    static final String JOB_NAME = "ingestJob";

    /** Multi-organisation files first, so that a single file in the same inbox (a correction) comes after them. */
    @Bean
    Job ingestJob(JobRepository jobRepository, ReferenceDataCheck referenceDataCheck,
                  IngestLockListener ingestLockListener, Step ingestBundlesStep, Step ingestFilesStep,
                  Step identifyFilesStep, Step ingestFilesByOrganisationStep,
                  JobExecutionListener ingestFileKeysCleanup, Partitions partitions) {
        // Without reference data every file would fail: the run fails at once, saying what to run.
        JobBuilder job = new JobBuilder(JOB_NAME, jobRepository).listener(referenceDataCheck).listener(ingestLockListener);
        if (partitions.remote()) {
            return job.listener(ingestFileKeysCleanup).start(ingestBundlesStep).next(identifyFilesStep)
                    .next(ingestFilesByOrganisationStep).build();
        }
        return job.start(ingestBundlesStep).next(ingestFilesStep).build();
    }

    @Bean
    IngestLockListener ingestLockListener(IngestLock ingestLock, Archive archive) {
        return new IngestLockListener(ingestLock, archive);
    }

    /** What each step left in the inbox; shared by the step's reader and processors. */
    @Bean
    @StepScope
    InboxNotes inboxNotes() {
        return new InboxNotes();
    }

    /** Every single-organisation file of the inbox, or in the cluster mode the files of the step's partition. */
    @Bean
    @StepScope
    InboxFileReader inboxFileReader(@Value("#{jobParameters['inbox']}") String inbox,
                                    @Value("#{jobParameters['settleSeconds']}") String settleSeconds, Inboxes inboxes,
                                    IntakeProperties properties, Clock clock, InboxNotes inboxNotes,
                                    @Value("#{stepExecution}") StepExecution stepExecution) {
        ExecutionContext partition = stepExecution.getExecutionContext();
        return new InboxFileReader(inboxes.ofJobParameter(inbox), false, settle(settleSeconds, properties), clock,
                inboxNotes, partition.containsKey(InboxPartitioner.FILES) ? InboxPartitioner.names(partition) : null);
    }

    @Bean
    @StepScope
    InboxFileReader inboxBundleReader(@Value("#{jobParameters['inbox']}") String inbox,
                                      @Value("#{jobParameters['settleSeconds']}") String settleSeconds, Inboxes inboxes,
                                      IntakeProperties properties, Clock clock, InboxNotes inboxNotes) {
        return new InboxFileReader(inboxes.ofJobParameter(inbox), true, settle(settleSeconds, properties), clock,
                inboxNotes);
    }

    /** The run's own settle time (a job parameter), or dnnd.intake.settle-seconds. */
    private static Duration settle(String settleSeconds, IntakeProperties properties) {
        return IngestPartitionsConfiguration.settle(settleSeconds, properties);
    }

    @Bean
    @StepScope
    IngestBundleProcessor ingestBundleProcessor(IngestFileProcessor ingestFileProcessor, IntakeProperties properties) {
        return new IngestBundleProcessor(ingestFileProcessor, properties);
    }

    @Bean
    @StepScope
    IngestBundleWriter ingestBundleWriter(IngestStore store, IntakeRecords records, BundleRecords bundles,
                                          Archive archive, CurrentIntakeReference currentReference,
                                          IntakeProperties properties,
                                          @Value("#{jobParameters['receivedAt']}") String receivedAt,
                                          @Value("#{stepExecution.jobExecutionId}") Long jobExecutionId) {
        return new IngestBundleWriter(store, records, bundles, archive, currentReference.get(), properties,
                OffsetDateTime.parse(receivedAt), jobExecutionId);
    }

    @Bean
    @StepScope
    IngestFileProcessor ingestFileProcessor(CurrentIntakeReference currentReference, IntakeProperties properties,
                                            Archive archive, InboxNotes inboxNotes,
                                            @Value("#{jobParameters['receivedAt']}") String receivedAt,
                                            @Value("#{jobParameters['allowLocked']}") String allowLocked) {
        return new IngestFileProcessor(currentReference.get(), properties, archive, inboxNotes,
                OffsetDateTime.parse(receivedAt), Boolean.parseBoolean(allowLocked));
    }

    @Bean
    @StepScope
    IngestWriter ingestWriter(IngestStore store, IntakeRecords records, Archive archive,
                              CurrentIntakeReference currentReference, IntakeProperties properties,
                              @Value("#{jobParameters['receivedAt']}") String receivedAt,
                              @Value("#{stepExecution.jobExecutionId}") Long jobExecutionId) {
        return new IngestWriter(store, records, archive, currentReference.get(), properties,
                OffsetDateTime.parse(receivedAt), jobExecutionId);
    }

    /** A small fixed pool: a new thread per file would cost more than reading a CSV. */
    @Bean(destroyMethod = "shutdown")
    ThreadPoolTaskExecutor ingestParseExecutor(IntakeProperties properties) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("ingest-parse-");
        executor.setCorePoolSize(Math.max(1, properties.parseThreads()));
        executor.setMaxPoolSize(Math.max(1, properties.parseThreads()));
        executor.setDaemon(true);
        executor.initialize();
        return executor;
    }

    /** Few, large items: a chunk is a couple of multi-organisation files, each with hundreds of parts. */
    @Bean
    Step ingestBundlesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           ProcessingAheadReader<IngestBundle> ingestBundleAheadReader,
                           IngestBundleWriter ingestBundleWriter, IntakeProperties properties) {
        return new StepBuilder("ingestBundlesStep", jobRepository)
                .<IngestBundle, IngestBundle>chunk(Math.max(1, properties.bundleChunkSize()))
                .transactionManager(transactionManager)
                .reader(ingestBundleAheadReader)
                .writer(ingestBundleWriter)
                .faultTolerant()
                .retry(TransientDataAccessException.class)
                .retryLimit(3)
                .build();
    }

    /**
     * The multi-organisation files parsed and validated on the parse threads, the next chunk's while the
     * writer stores the current one.
     */
    @Bean
    @StepScope
    ProcessingAheadReader<IngestBundle> ingestBundleAheadReader(InboxFileReader inboxBundleReader,
                                                                IngestBundleProcessor ingestBundleProcessor,
                                                                ThreadPoolTaskExecutor ingestParseExecutor,
                                                                IntakeProperties properties,
                                                                @Value("#{stepExecution}") StepExecution stepExecution) {
        return new ProcessingAheadReader<>(inboxBundleReader, ingestBundleProcessor, ingestParseExecutor, stepExecution,
                Math.max(1, properties.bundleChunkSize()) + Math.max(1, properties.parseThreads()));
    }

    @Bean
    Step ingestFilesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                         ProcessingAheadReader<IngestItem> ingestFileAheadReader, IngestWriter ingestWriter,
                         IntakeProperties properties) {
        return filesStep("ingestFilesStep", jobRepository, transactionManager, ingestFileAheadReader, ingestWriter,
                properties);
    }

    /** ingestFilesStep, and in the cluster mode each partition's step: the same reader, processor and writer. */
    static Step filesStep(String name, JobRepository jobRepository, PlatformTransactionManager transactionManager,
                          ProcessingAheadReader<IngestItem> ingestFileAheadReader, IngestWriter ingestWriter,
                          IntakeProperties properties) {
        return new StepBuilder(name, jobRepository)
                .<IngestItem, IngestItem>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(ingestFileAheadReader)
                .writer(ingestWriter)
                // A deadlock or lost connection rolls the chunk back; trying again is safe.
                .faultTolerant()
                .retry(TransientDataAccessException.class)
                .retryLimit(3)
                .build();
    }

    /**
     * Parsing and validating is CPU work with no shared state: the files are processed side by side on the
     * parse threads, a chunk ahead of the writer, and the writer receives them in reading order.
     */
    @Bean
    @StepScope
    ProcessingAheadReader<IngestItem> ingestFileAheadReader(InboxFileReader inboxFileReader,
                                                            IngestFileProcessor ingestFileProcessor,
                                                            ThreadPoolTaskExecutor ingestParseExecutor,
                                                            IntakeProperties properties,
                                                            @Value("#{stepExecution}") StepExecution stepExecution) {
        return new ProcessingAheadReader<>(inboxFileReader, ingestFileProcessor, ingestParseExecutor, stepExecution,
                properties.chunkSize());
    }
}
