package vn.dnnd.submission.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.OffsetDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dnnd.operations.BatchControl;
import vn.dnnd.referencedata.ReferenceDataService;
import vn.dnnd.submission.IngestChecksum;
import vn.dnnd.submission.reference.IntakeReferenceLoader;
import vn.dnnd.support.TestDatabase;

/**
 * Two ingest runs of one inbox at once, the {@code ingest} command's and the intake schedule's: the
 * second waits for the first to end (the lock belongs to ingestJob, whoever launches it), then finds
 * the inbox empty. Every file is ingested exactly once and both executions complete.
 */
@SpringBootTest(properties = "dnnd.intake.chunk-size=4")
class IngestConcurrentLaunchTests {

    static final String AS_OF = "2025-12-10T09:00:00+07:00";
    static final long HOLD = 4242;

    @Autowired
    IngestService ingest;
    @Autowired
    BatchControl control;
    @Autowired
    JobRepository jobRepository;
    @Autowired
    ReferenceDataService referenceData;
    @Autowired
    IntakeReferenceLoader referenceLoader;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path work;

    @BeforeEach
    void cleanDatabase() {
        referenceData.load();
        TestDatabase.clearCollectedAndComputed(jdbc);
    }

    @AfterEach
    void removeBrake() {
        jdbc.execute("drop trigger if exists test_hold_f05 on submission");
    }

    @Test
    void aScheduledRunStartedDuringTheCommandsRunWaitsAndFindsNothingLeft() throws Exception {
        Path inbox = ProvinceInbox.write(referenceLoader, work.resolve("inbox"));
        // The command's run stops inside its second chunk (f05–f08) until the test lets it go.
        jdbc.execute("""
                create or replace function test_hold_f05() returns trigger language plpgsql as $$
                begin
                    if new.source_file_name = 'f05.csv' then perform pg_advisory_xact_lock_shared(4242); end if;
                    return new;
                end $$""");
        jdbc.execute("create trigger test_hold_f05 before insert on submission for each row execute function test_hold_f05()");

        CompletableFuture<IngestSummary> command;
        CompletableFuture<JobExecution> scheduled;
        try (Connection brake = dataSource.getConnection()) {
            brake.createStatement().execute("select pg_advisory_lock(" + HOLD + ")");
            command = CompletableFuture.supplyAsync(() -> ingest.ingest(
                    new IngestRequest(inbox, OffsetDateTime.parse(AS_OF), false)));
            await(() -> count("select count(*) from pg_locks where locktype = 'advisory' and not granted") == 1);
            assertThat(count("select count(*) from intake_file")).as("first chunk committed").isEqualTo(4);

            // As the intake schedule launches it: BatchControl.start with the fire's parameters.
            JobParameters fire = new JobParametersBuilder().addString("inbox", inbox.toString())
                    .addString("receivedAt", "2025-12-10T09:15:00+07:00").addString("allowLocked", "false")
                    .toJobParameters();
            scheduled = CompletableFuture.supplyAsync(() -> {
                try {
                    return control.start("ingestJob", fire, id -> { });
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            await(() -> jobRepository.findRunningJobExecutions("ingestJob").size() == 2);
            Thread.sleep(500);
            JobExecution waiting = jobRepository.findRunningJobExecutions("ingestJob").stream()
                    .filter(e -> e.getJobParameters().equals(fire)).findFirst().orElseThrow();
            assertThat(waiting.getStepExecutions()).as("waits for the lock before its first step").isEmpty();
            brake.createStatement().execute("select pg_advisory_unlock(" + HOLD + ")");
        }

        IngestSummary first = command.get(60, TimeUnit.SECONDS);
        JobExecution second = scheduled.get(60, TimeUnit.SECONDS);
        JobExecution firstExecution = jobRepository.getJobExecution(first.jobExecutionId());
        assertThat(first.count(IntakeFileOutcome.ACCEPTED)).isEqualTo(12);
        assertThat(firstExecution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(second.getStepExecutions()).extracting(StepExecution::getReadCount).containsOnly(0L);
        assertThat(second.getStepExecutions()).allSatisfy(step ->
                assertThat(step.getStartTime()).isAfterOrEqualTo(firstExecution.getEndTime()));
        assertThat(IngestChecksum.of(jdbc)).startsWith("12 submissions, 492 values").contains("intake accepted=12,");
        assertThat(count("select count(distinct source_file_name) from submission")).isEqualTo(12);
        try (Stream<Path> left = Files.list(inbox)) {
            assertThat(left).isEmpty();
        }
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met within 60 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
