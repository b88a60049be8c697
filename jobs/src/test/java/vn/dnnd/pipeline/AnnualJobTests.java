package vn.dnnd.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
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
import vn.dnnd.report.NationalFiguresRenderer;
import vn.dnnd.submission.Answers;
import vn.dnnd.submission.SubmissionFiles;
import vn.dnnd.submission.ingest.IntakeFileOutcome;
import vn.dnnd.submission.reference.IntakeReference;
import vn.dnnd.submission.reference.IntakeReferenceLoader;
import vn.dnnd.support.TestDatabase;

/** annualJob: ingest → compute → render from an inbox; restarts after the render failed and after a killed compute. */
@SpringBootTest
class AnnualJobTests {

    static final OffsetDateTime DECEMBER_10 = OffsetDateTime.parse("2025-12-10T09:00:00+07:00");

    @Autowired
    PipelineService pipeline;
    @Autowired
    ReferenceDataService reference;
    @Autowired
    IntakeReferenceLoader referenceLoader;
    @Autowired
    NationalFiguresRenderer figures;
    @Autowired
    JobOperator jobOperator;
    @Autowired
    JobRepository jobRepository;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path inbox;

    @BeforeEach
    void twoReportsInTheInbox() throws Exception {
        reference.load();
        TestDatabase.clearCollectedAndComputed(jdbc);
        IntakeReference intake = referenceLoader.load();
        var period = intake.period("2025").orElseThrow();
        Files.writeString(inbox.resolve("hn-2025.csv"), SubmissionFiles.csv("HN", "2025",
                Answers.forIndicators(intake.entered("province", period), 1), ',', "Hà Nội đã quán triệt Chỉ thị."));
        Files.writeString(inbox.resolve("laocai-2025.csv"), SubmissionFiles.csv("LAOCAI", "2025",
                Answers.forIndicators(intake.entered("province", period), 7), ',', "Lào Cai đã triển khai."));
    }

    @Test
    void ingestsComputesAndRendersTheInboxInOneRun() throws Exception {
        PipelineResult result = pipeline.annual("2025", inbox, DECEMBER_10, false, "figures", "vi");

        assertThat(result.count(IntakeFileOutcome.ACCEPTED)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select submissions from compute_run where run_id = ?", Integer.class,
                result.computeRunId())).isEqualTo(2);
        assertThat(result.edition().number()).isEqualTo(1);
        assertThat(result.edition().runId()).isEqualTo(result.computeRunId());
        Path national = result.edition().directory().resolve("vi").resolve("figures-2025-VN.txt");
        assertThat(Files.readString(national)).startsWith("Số liệu kỳ 2025, edition 1, sources 2");
        assertThat(inbox).isEmptyDirectory();
    }

    @Test
    void aRenderFailureIsRestartedAtTheRenderStepWithoutIngestingOrComputingAgain() throws Exception {
        figures.failNextRender();
        assertThatThrownBy(() -> pipeline.annual("2025", inbox, DECEMBER_10, false, "figures", null))
                .hasMessageContaining("annualJob");
        assertThat(jdbc.queryForObject("select count(*) from report_artifact", Integer.class)).isZero();
        int computeRuns = jdbc.queryForObject("select count(*) from compute_run", Integer.class);
        int renderExecutions = renderExecutions();

        JobExecution failed = jobRepository.getJobExecution(jdbc.queryForObject("""
                select max(e.job_execution_id) from batch_job_execution e
                join batch_job_instance i on i.job_instance_id = e.job_instance_id where i.job_name = 'annualJob'""",
                Long.class));
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        JobExecution restarted = jobOperator.restart(failed);

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getStepExecutions()).extracting(step -> step.getStepName()).containsExactly("annualRenderStep");
        assertThat(jdbc.queryForObject("select count(*) from compute_run", Integer.class)).isEqualTo(computeRuns);
        assertThat(renderExecutions()).as("the same renderJob instance, restarted").isEqualTo(renderExecutions + 1);
        assertThat(jdbc.queryForObject("select count(distinct job_instance_id) from batch_job_execution e where exists "
                + "(select 1 from batch_job_instance i where i.job_instance_id = e.job_instance_id and i.job_name = 'renderJob')"
                + " and job_execution_id >= ?", Integer.class, failed.getId())).isEqualTo(1);
        PipelineResult result = pipeline.resultOf(restarted);
        assertThat(result.count(IntakeFileOutcome.ACCEPTED)).isEqualTo(2);
        assertThat(result.edition().number()).isEqualTo(1);
        assertThat(result.edition().languages()).containsExactly("vi", "en");
        assertThat(result.edition().files()).allSatisfy(file -> assertThat(file.path()).exists());
    }

    @Test
    void aComputeLeftRunningByAKilledProcessIsMarkedFailedWhenThePipelineRestarts() throws Exception {
        // The compute stops half-way (its completeness staging table is missing for a moment) ...
        jdbc.execute("alter table completeness_stage rename to completeness_stage_hidden");
        try {
            assertThatThrownBy(() -> pipeline.annual("2025", inbox, DECEMBER_10, false, "figures", "vi"))
                    .hasMessageContaining("computeJob");
        } finally {
            jdbc.execute("alter table completeness_stage_hidden rename to completeness_stage");
        }
        long failedId = lastExecutionOf("annualJob");
        long computeId = lastExecutionOf("computeJob");
        long killedRun = jdbc.queryForObject("select run_id from compute_run where job_execution_id = ?", Long.class, computeId);
        // ... and, as kill -9 at that moment leaves them, its computeJob and compute run still marked running.
        jdbc.update("update batch_job_execution set status = 'STARTED', exit_code = 'UNKNOWN', end_time = null "
                + "where job_execution_id = ?", computeId);
        jdbc.update("update batch_step_execution set status = 'STARTED', exit_code = 'EXECUTING', end_time = null "
                + "where job_execution_id = ? and status = 'FAILED'", computeId);
        jdbc.update("update compute_run set status = 'running', finished_at = null, failure = null where run_id = ?", killedRun);

        JobExecution restarted = jobOperator.restart(jobRepository.getJobExecution(failedId));

        assertThat(restarted.getStatus()).as("%s", restarted.getAllFailureExceptions()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getStepExecutions()).extracting(step -> step.getStepName())
                .containsExactly("annualComputeStep", "annualRenderStep");
        assertThat(jobRepository.getJobExecution(computeId).getStatus().isRunning())
                .as("the killed computeJob is no longer shown as running").isFalse();
        assertThat(jdbc.queryForObject("select status || ': ' || failure from compute_run where run_id = ?", String.class,
                killedRun)).startsWith("failed: interrupted");
        PipelineResult result = pipeline.resultOf(restarted);
        assertThat(result.computeRunId()).isNotEqualTo(killedRun);
        assertThat(jdbc.queryForObject("select status from compute_run where run_id = ?", String.class,
                result.computeRunId())).isEqualTo("completed");
        assertThat(jdbc.queryForObject("select count(*) from indicator_value where period_code = '2025'", Integer.class))
                .isPositive();
        assertThat(result.edition().runId()).isEqualTo(result.computeRunId());
    }

    private long lastExecutionOf(String job) {
        return jdbc.queryForObject("""
                select max(e.job_execution_id) from batch_job_execution e
                join batch_job_instance i on i.job_instance_id = e.job_instance_id where i.job_name = ?""",
                Long.class, job);
    }

    private int renderExecutions() {
        return jdbc.queryForObject("""
                select count(*) from batch_job_execution e join batch_job_instance i on i.job_instance_id = e.job_instance_id
                where i.job_name = 'renderJob'""", Integer.class);
    }
}
