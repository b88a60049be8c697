package vn.dnnd.submission.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dnnd.referencedata.ReferenceDataService;
import vn.dnnd.submission.IngestChecksum;
import vn.dnnd.submission.reference.IntakeReferenceLoader;
import vn.dnnd.system.DnndException;
import vn.dnnd.support.TestDatabase;

/**
 * ingestJob fails part-way (the database refuses one file's submission), is restarted by Spring
 * Batch, and ends with exactly what a clean run stores: nothing lost, doubled or half-written.
 */
@SpringBootTest(properties = "dnnd.intake.chunk-size=4")
class IngestRestartAfterFailureTests {

    static final OffsetDateTime AS_OF = OffsetDateTime.parse("2025-12-10T09:00:00+07:00");

    @Autowired
    IngestService ingest;
    @Autowired
    JobOperator jobOperator;
    @Autowired
    JobRepository jobRepository;
    @Autowired
    ReferenceDataService referenceData;
    @Autowired
    IntakeReferenceLoader referenceLoader;
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
    void removeFailure() {
        jdbc.execute("drop trigger if exists test_refuse_f07 on submission");
    }

    @Test
    void aRunThatFailsPartWayIsRestartedAndEndsLikeACleanRun() throws Exception {
        Path inbox = ProvinceInbox.write(referenceLoader, work.resolve("inbox"));
        jdbc.execute("""
                create or replace function test_refuse_f07() returns trigger language plpgsql as $$
                begin
                    if new.source_file_name = 'f07.csv' then raise exception 'no space left on device (test)'; end if;
                    return new;
                end $$""");
        jdbc.execute("create trigger test_refuse_f07 before insert on submission for each row execute function test_refuse_f07()");

        assertThatThrownBy(() -> ingest.ingest(new IngestRequest(inbox, AS_OF, false)))
                .isInstanceOf(DnndException.class).hasMessageContaining("ingestJob dừng với trạng thái FAILED");
        // The first chunk (4 files) is stored and archived; the failed chunk left nothing behind.
        assertThat(jdbc.queryForObject("select count(*) from submission", Integer.class)).isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from intake_file", Integer.class)).isEqualTo(4);
        try (Stream<Path> left = Files.list(inbox)) {
            assertThat(left).hasSize(8);
        }

        jdbc.execute("drop trigger test_refuse_f07 on submission");
        JobExecution failed = jobRepository.getLastJobExecution(jobRepository.getJobInstances("ingestJob", 0, 1).get(0));
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        JobExecution restarted = jobOperator.restart(failed);
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        String afterRestart = IngestChecksum.of(jdbc);

        TestDatabase.clearCollectedAndComputed(jdbc);
        ingest.ingest(new IngestRequest(ProvinceInbox.write(referenceLoader, work.resolve("clean")), AS_OF, false));
        assertThat(afterRestart).isEqualTo(IngestChecksum.of(jdbc)).startsWith("12 submissions, 492 values");
        try (Stream<Path> left = Files.list(inbox)) {
            assertThat(left).isEmpty();
        }
    }
}
