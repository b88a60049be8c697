package vn.dnnd.schedule;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Jobs that exist only in tests (enabled by {@code dnnd.test-jobs=true} in an instance's home config):
 * {@code probeJob} records each run, {@code chunkedJob} writes real chunks (restartable, optionally
 * paced so a test can interrupt it half-way: parameter {@code pause}, or a row of {@code chunk_pace} that
 * overrides it while the job runs), {@code failingJob} always fails.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "dnnd.test-jobs", havingValue = "true")
class TestJobsConfiguration {

    static final int CHUNK = 10;

    @Bean
    Job probeJob(JobRepository jobRepository, Step probeStep) {
        return new JobBuilder("probeJob", jobRepository).start(probeStep).build();
    }

    @Bean
    Step probeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, JdbcTemplate jdbc) {
        return new StepBuilder("probeStep", jobRepository).tasklet((contribution, chunk) -> {
            jdbc.execute("create table if not exists schedule_probe (job_execution_id bigint primary key, fire text not null)");
            var execution = chunk.getStepContext().getStepExecution().getJobExecution();
            jdbc.update("insert into schedule_probe values (?, ?)", execution.getId(),
                    execution.getJobParameters().getString("fire"));
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    @Bean
    Job chunkedJob(JobRepository jobRepository, Step createChunkProbeStep, Step chunkedStep) {
        return new JobBuilder("chunkedJob", jobRepository).start(createChunkProbeStep).next(chunkedStep).build();
    }

    @Bean
    Step createChunkProbeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                              JdbcTemplate jdbc) {
        return new StepBuilder("createChunkProbeStep", jobRepository).tasklet((contribution, chunk) -> {
            jdbc.execute("""
                    create table if not exists chunk_probe (target text not null, n integer not null,
                                                            square bigint not null, primary key (target, n))""");
            jdbc.execute("create table if not exists chunk_pace (target text primary key, pause_ms bigint not null)");
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    @Bean
    @StepScope
    RangeReader rangeReader(@Value("#{jobParameters['rows']}") Long rows) {
        RangeReader reader = new RangeReader();
        reader.setName("rangeReader");
        reader.setMaxItemCount(rows.intValue());
        return reader;
    }

    @Bean
    @StepScope
    ItemWriter<long[]> chunkProbeWriter(JdbcTemplate jdbc, @Value("#{jobParameters['target']}") String target,
                                        @Value("#{jobParameters['pause'] ?: 0}") Long pause) {
        return (Chunk<? extends long[]> chunk) -> {
            for (long[] row : chunk) {
                jdbc.update("insert into chunk_probe values (?, ?, ?)", target, (int) row[0], row[1]);
            }
            // A test may change the pace while the job runs (chunk_pace): slow until it has stopped it, then fast.
            Long paced = jdbc.query("select pause_ms from chunk_pace where target = ?",
                    rs -> rs.next() ? rs.getLong(1) : null, target);
            Thread.sleep(paced != null ? paced : pause);
        };
    }

    @Bean
    Step chunkedStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, RangeReader rangeReader,
                     ItemWriter<long[]> chunkProbeWriter) {
        return new StepBuilder("chunkedStep", jobRepository).<Integer, long[]>chunk(CHUNK)
                .transactionManager(transactionManager)
                .reader(rangeReader)
                .processor(n -> new long[] {n, (long) n * n})
                .writer(chunkProbeWriter)
                .build();
    }

    @Bean
    Job failingJob(JobRepository jobRepository, Step failingStep) {
        return new JobBuilder("failingJob", jobRepository).start(failingStep).build();
    }

    @Bean
    Step failingStep(JobRepository jobRepository, PlatformTransactionManager transactionManager) {
        return new StepBuilder("failingStep", jobRepository).tasklet((contribution, chunk) -> {
            throw new IllegalStateException("this test job always fails");
        }, transactionManager).build();
    }

    /** 1, 2, ... rows; its position is saved at each commit, so a restart goes on after the last chunk. */
    static class RangeReader extends AbstractItemCountingItemStreamItemReader<Integer> {

        @Override
        protected Integer doRead() {
            return getCurrentItemCount();
        }

        @Override
        protected void doOpen() {
        }

        @Override
        protected void doClose() {
        }
    }
}
