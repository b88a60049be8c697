package vn.dnnd.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dnnd.indicator.ComputeService;
import vn.dnnd.referencedata.ReferenceDataService;
import vn.dnnd.support.SubmissionFixture;
import vn.dnnd.support.TestDatabase;
import vn.dnnd.system.DnndException;
import vn.dnnd.system.HomeDirectory;
import vn.dnnd.system.Sha256;

/** renderJob: editions, the archive and its records, the diff between editions, failure and restart. */
@SpringBootTest
class ReportJobTests {

    static final String DELEGATIONS_OUT = "T3.DELEGATIONS_OUT";

    @Autowired
    RenderService render;
    @Autowired
    ReportArchive archive;
    @Autowired
    ComputeService compute;
    @Autowired
    ReferenceDataService reference;
    @Autowired
    NationalFiguresRenderer figures;
    @Autowired
    JobOperator jobOperator;
    @Autowired
    JobRepository jobRepository;
    @Autowired
    HomeDirectory home;
    @Autowired
    JdbcTemplate jdbc;

    SubmissionFixture fixture;

    @BeforeEach
    void firstSubmissionsComputed() {
        reference.load();
        TestDatabase.clearCollectedAndComputed(jdbc);
        fixture = new SubmissionFixture(jdbc);
        fixture.submit("HN", "2025").number(DELEGATIONS_OUT, 10);
        fixture.submit("LAOCAI", "2025").number(DELEGATIONS_OUT, 5);
        compute.compute("2025");
    }

    @Test
    void eachRenderIsANewEditionArchivedWithChecksumsAndTheDiffListsWhatChanged() throws Exception {
        Edition first = render.render("2025", "figures", null);
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.directory()).isEqualTo(home.reports().resolve("2025").resolve("edition-1"));
        assertThat(first.languages()).containsExactly("vi", "en");
        Path national = first.directory().resolve("vi").resolve("figures-2025-VN.txt");
        assertThat(Files.readString(national)).startsWith("Số liệu kỳ 2025, edition 1, sources 2")
                .contains(DELEGATIONS_OUT + "\t15");
        assertThat(first.files()).extracting(Edition.Artifact::path).contains(national,
                first.directory().resolve("en").resolve("figures-2025-VN.txt"));
        for (Edition.Artifact file : first.files()) {
            assertThat(file.sha256()).isEqualTo(Sha256.of(file.path()));
            assertThat(file.bytes()).isEqualTo(Files.size(file.path()));
        }
        assertThat(jdbc.queryForObject("select count(*) from report_artifact_submission", Integer.class))
                .isEqualTo(first.files().size() * 2);
        assertThat(home.reports().resolve(".staging")).isEmptyDirectory();

        fixture.submit("HCM", "2025").number(DELEGATIONS_OUT, 7);
        fixture.submit("HN", "2025").number(DELEGATIONS_OUT, 12);
        compute.compute("2025");
        Edition second = render.render("2025", "figures", "vi");
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.files()).allSatisfy(file -> assertThat(file.language()).isEqualTo("vi"));
        assertThat(Files.readString(second.directory().resolve("vi").resolve("figures-2025-VN.txt")))
                .contains(DELEGATIONS_OUT + "\t24");
        assertThat(Files.readString(national)).as("edition 1 is kept as printed").contains(DELEGATIONS_OUT + "\t15");

        EditionDiff diff = archive.lastTwoCompared("2025").orElseThrow();
        assertThat(diff.figures()).filteredOn(f -> f.indicatorCode().equals(DELEGATIONS_OUT) && f.scopeKind().equals("national"))
                .singleElement().satisfies(f -> {
                    assertThat(f.oldValue()).isEqualByComparingTo("15");
                    assertThat(f.newValue()).isEqualByComparingTo("24");
                });
        assertThat(diff.submissions()).extracting(s -> s.change() + " " + s.organisationCode() + " " + s.oldVersion()
                + " " + s.newVersion()).containsExactly("added HCM null 1", "replaced HN 1 2");
        assertThat(archive.editions("2025")).extracting(Edition::number).containsExactly(1, 2);
    }

    @Test
    void aFailedRenderRecordsNothingAndItsRestartArchivesTheEdition() throws Exception {
        figures.failNextRender();
        assertThatThrownBy(() -> render.render("2025", "figures", null)).isInstanceOf(DnndException.class)
                .hasMessageContaining("renderJob");
        assertThat(jdbc.queryForObject("select count(*) from report_artifact", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from report_edition", Integer.class)).isZero();

        Long failedId = jdbc.queryForObject("""
                select max(e.job_execution_id) from batch_job_execution e
                join batch_job_instance i on i.job_instance_id = e.job_instance_id where i.job_name = 'renderJob'""",
                Long.class);
        JobExecution failed = jobRepository.getJobExecution(failedId);
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        JobExecution restarted = jobOperator.restart(failed);
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getStepExecutions()).extracting(step -> step.getStepName())
                .filteredOn(name -> !name.startsWith("renderPartitionStep:"))
                .containsExactly("renderReportsStep", "archiveEditionStep");
        assertThat(restarted.getStepExecutions()).extracting(step -> step.getStepName())
                .as("only the partition that failed is rendered again")
                .filteredOn(name -> name.startsWith("renderPartitionStep:")).hasSize(1);
        Edition edition = render.editionOf(restarted);
        assertThat(edition.number()).isEqualTo(1);
        assertThat(edition.files()).isNotEmpty().allSatisfy(file -> assertThat(file.path()).exists());
        assertThat(jdbc.queryForObject("select count(*) from report_artifact", Integer.class))
                .isEqualTo(edition.files().size());
        assertThat(jdbc.queryForList("select indicator_code, value from report_edition_figure where scope_kind = 'national'"
                + " and indicator_code = ?", DELEGATIONS_OUT)).extracting(row -> ((BigDecimal) row.get("value")).intValue())
                .containsExactly(15);
    }

    @Test
    void aPeriodWithoutPublishedResultsOrAnUnknownKindIsRefusedClearly() {
        assertThatThrownBy(() -> render.render("2024", null, null))
                .hasMessage("Kỳ 2024 chưa có kết quả tính đã công bố; hãy chạy compute --period 2024 trước "
                        + "(period 2024 has no published compute run; run compute --period 2024 first)");
        assertThatThrownBy(() -> render.render("2025", "summry", null)).hasMessageContaining("no report kind \"summry\"");
        assertThatThrownBy(() -> render.render("2025", null, "fr")).hasMessageContaining("unsupported language \"fr\"");
        assertThat(archive.editions(null)).isEmpty();
    }
}
