package vn.dnnd.referencedata;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.file.FlatFileItemReader;
import org.springframework.batch.infrastructure.item.file.builder.FlatFileItemReaderBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import vn.dnnd.system.NamedQueries;
import vn.dnnd.system.TaskletSteps;

/**
 * referenceDataJob: check the files, stage every line (collecting all problems), validate across
 * files, then apply everything in one transaction. A bad file leaves the reference tables as they were.
 */
@Configuration(proxyBeanMethods = false)
class ReferenceDataJobConfiguration {

    static final String JOB_NAME = "referenceDataJob";
    private static final int CHUNK_SIZE = 200;

    @Bean
    Job referenceDataJob(JobRepository jobRepository, Step checkReferenceFilesStep, Step clearReferenceStagingStep,
                         Step stageTasksStep, Step stageRegionsStep, Step stageOrganisationsStep,
                         Step stageIndicatorsStep, Step stagePeriodsStep, Step validateReferenceDataStep,
                         Step applyReferenceDataStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(checkReferenceFilesStep)
                .next(clearReferenceStagingStep)
                .next(stageTasksStep)
                .next(stageRegionsStep)
                .next(stageOrganisationsStep)
                .next(stageIndicatorsStep)
                .next(stagePeriodsStep)
                .next(validateReferenceDataStep)
                .next(applyReferenceDataStep)
                .build();
    }

    // --- whole-file steps -------------------------------------------------------------------

    @Bean
    @StepScope
    ReferenceFilesCheckTasklet referenceFilesCheckTasklet(ResourceLoader resourceLoader,
                                                          @Value("#{jobParameters['location']}") String location) {
        return new ReferenceFilesCheckTasklet(new ReferenceSource(resourceLoader, location));
    }

    @Bean
    Step checkReferenceFilesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                 ReferenceFilesCheckTasklet referenceFilesCheckTasklet) {
        return TaskletSteps.transactional("checkReferenceFilesStep", jobRepository, transactionManager,
                referenceFilesCheckTasklet);
    }

    @Bean
    Step clearReferenceStagingStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                   JdbcTemplate jdbcTemplate, NamedQueries queries) {
        return TaskletSteps.transactional("clearReferenceStagingStep", jobRepository, transactionManager,
                new ClearReferenceStagingTasklet(jdbcTemplate, queries));
    }

    @Bean
    Step validateReferenceDataStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                   JdbcTemplate jdbcTemplate, NamedQueries queries) {
        return TaskletSteps.transactional("validateReferenceDataStep", jobRepository, transactionManager,
                new ValidateReferenceDataTasklet(jdbcTemplate, queries));
    }

    @Bean
    Step applyReferenceDataStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                JdbcTemplate jdbcTemplate, NamedQueries queries) {
        return TaskletSteps.transactional("applyReferenceDataStep", jobRepository, transactionManager,
                new ApplyReferenceDataTasklet(jdbcTemplate, queries));
    }

    // --- one staging step per file: reader, processor, writer -------------------------------

    @Bean
    @StepScope
    FlatFileItemReader<CsvLine> tasksReader(ResourceLoader resourceLoader,
            @Value("#{jobParameters['location']}") String location) {
        return csvReader(ReferenceFile.TASKS, new ReferenceSource(resourceLoader, location));
    }

    @Bean
    ReferenceRowProcessor<TaskRow> tasksProcessor() {
        return new ReferenceRowProcessor<>(TaskRow::parse);
    }

    @Bean
    StagingWriter<TaskRow> tasksWriter(NamedParameterJdbcTemplate jdbc, NamedQueries queries) {
        return new StagingWriter<>(jdbc, queries.get("referencedata", "stage-tasks"));
    }

    @Bean
    Step stageTasksStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ItemReader<CsvLine> tasksReader, ReferenceRowProcessor<TaskRow> tasksProcessor, StagingWriter<TaskRow> tasksWriter) {
        return stagingStep("stageTasksStep", jobRepository, transactionManager, tasksReader, tasksProcessor, tasksWriter);
    }

    @Bean
    @StepScope
    FlatFileItemReader<CsvLine> regionsReader(ResourceLoader resourceLoader,
            @Value("#{jobParameters['location']}") String location) {
        return csvReader(ReferenceFile.REGIONS, new ReferenceSource(resourceLoader, location));
    }

    @Bean
    ReferenceRowProcessor<RegionRow> regionsProcessor() {
        return new ReferenceRowProcessor<>(RegionRow::parse);
    }

    @Bean
    StagingWriter<RegionRow> regionsWriter(NamedParameterJdbcTemplate jdbc, NamedQueries queries) {
        return new StagingWriter<>(jdbc, queries.get("referencedata", "stage-regions"));
    }

    @Bean
    Step stageRegionsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ItemReader<CsvLine> regionsReader, ReferenceRowProcessor<RegionRow> regionsProcessor, StagingWriter<RegionRow> regionsWriter) {
        return stagingStep("stageRegionsStep", jobRepository, transactionManager, regionsReader, regionsProcessor, regionsWriter);
    }

    @Bean
    @StepScope
    FlatFileItemReader<CsvLine> organisationsReader(ResourceLoader resourceLoader,
            @Value("#{jobParameters['location']}") String location) {
        return csvReader(ReferenceFile.ORGANISATIONS, new ReferenceSource(resourceLoader, location));
    }

    @Bean
    ReferenceRowProcessor<OrganisationRow> organisationsProcessor() {
        return new ReferenceRowProcessor<>(OrganisationRow::parse);
    }

    @Bean
    StagingWriter<OrganisationRow> organisationsWriter(NamedParameterJdbcTemplate jdbc, NamedQueries queries) {
        return new StagingWriter<>(jdbc, queries.get("referencedata", "stage-organisations"));
    }

    @Bean
    Step stageOrganisationsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ItemReader<CsvLine> organisationsReader, ReferenceRowProcessor<OrganisationRow> organisationsProcessor, StagingWriter<OrganisationRow> organisationsWriter) {
        return stagingStep("stageOrganisationsStep", jobRepository, transactionManager, organisationsReader, organisationsProcessor, organisationsWriter);
    }

    @Bean
    @StepScope
    FlatFileItemReader<CsvLine> indicatorsReader(ResourceLoader resourceLoader,
            @Value("#{jobParameters['location']}") String location) {
        return csvReader(ReferenceFile.INDICATORS, new ReferenceSource(resourceLoader, location));
    }

    @Bean
    ReferenceRowProcessor<IndicatorRow> indicatorsProcessor() {
        return new ReferenceRowProcessor<>(IndicatorRow::parse);
    }

    @Bean
    StagingWriter<IndicatorRow> indicatorsWriter(NamedParameterJdbcTemplate jdbc, NamedQueries queries) {
        return new StagingWriter<>(jdbc, queries.get("referencedata", "stage-indicators"));
    }

    @Bean
    Step stageIndicatorsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ItemReader<CsvLine> indicatorsReader, ReferenceRowProcessor<IndicatorRow> indicatorsProcessor, StagingWriter<IndicatorRow> indicatorsWriter) {
        return stagingStep("stageIndicatorsStep", jobRepository, transactionManager, indicatorsReader, indicatorsProcessor, indicatorsWriter);
    }

    @Bean
    @StepScope
    FlatFileItemReader<CsvLine> periodsReader(ResourceLoader resourceLoader,
            @Value("#{jobParameters['location']}") String location) {
        return csvReader(ReferenceFile.PERIODS, new ReferenceSource(resourceLoader, location));
    }

    @Bean
    ReferenceRowProcessor<PeriodRow> periodsProcessor() {
        return new ReferenceRowProcessor<>(PeriodRow::parse);
    }

    @Bean
    StagingWriter<PeriodRow> periodsWriter(NamedParameterJdbcTemplate jdbc, NamedQueries queries) {
        return new StagingWriter<>(jdbc, queries.get("referencedata", "stage-periods"));
    }

    @Bean
    Step stagePeriodsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ItemReader<CsvLine> periodsReader, ReferenceRowProcessor<PeriodRow> periodsProcessor, StagingWriter<PeriodRow> periodsWriter) {
        return stagingStep("stagePeriodsStep", jobRepository, transactionManager, periodsReader, periodsProcessor, periodsWriter);
    }

    private static FlatFileItemReader<CsvLine> csvReader(ReferenceFile file, ReferenceSource source) {
        return new FlatFileItemReaderBuilder<CsvLine>()
                .name(file.fileName())
                .resource(source.resource(file))
                .encoding("UTF-8")
                .linesToSkip(1)
                .lineMapper(new CsvLineMapper(file))
                .build();
    }

    private static <T> Step stagingStep(String name, JobRepository jobRepository,
                                        PlatformTransactionManager transactionManager, ItemReader<CsvLine> reader,
                                        ItemProcessor<CsvLine, Parsed<T>> processor, ItemWriter<Parsed<T>> writer) {
        return new StepBuilder(name, jobRepository)
                .<CsvLine, Parsed<T>>chunk(CHUNK_SIZE)
                .transactionManager(transactionManager)
                .reader(reader)
                .processor(processor)
                .writer(writer)
                .build();
    }
}
