package vn.dnnd.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dnnd.indicator.ComputeService;
import vn.dnnd.referencedata.ReferenceDataService;
import vn.dnnd.system.Sha256;

/**
 * What the portal reads of the archive: editions with their recorded files, a file by its id only (the exact
 * bytes, or a refusal when the id is unknown or the file is no longer the archived one), and who may open
 * which kind.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArtifactFilesTests {

    static final Set<String> ANALYST = Set.of("ANALYST");
    static final Set<String> LEADER = Set.of("LEADER");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReferenceDataService reference;
    @Autowired
    ComputeService compute;
    @Autowired
    RenderService render;
    @Autowired
    ReportArchive archive;
    @Autowired
    ArtifactFiles files;

    Edition edition;

    @BeforeAll
    void renderTheFixture() {
        ReportFixture.build(jdbc, reference, compute);
        // the test-only kind "figures" stands for a kind no role has been given
        edition = render.render("2025", "briefing,workbook,figures", null);
    }

    @Test
    void theEditionsOfAPeriodListEveryRecordedFileWithKindLanguageFormatAndSize() throws IOException {
        List<Edition> editions = archive.editions("2025");
        assertThat(editions).extracting(Edition::number).contains(edition.number());
        Edition listed = editions.stream().filter(e -> e.number() == edition.number()).findFirst().orElseThrow();
        assertThat(listed.files()).extracting(f -> f.kind() + " " + f.language() + " " + f.format())
                .contains("briefing vi pdf", "briefing en pdf", "workbook vi xlsx", "workbook en xlsx",
                        "figures vi txt", "figures en txt");
        assertThat(listed.files()).first().extracting(Edition.Artifact::language).isEqualTo("vi");
        for (Edition.Artifact file : listed.files()) {
            assertThat(file.id()).isPositive();
            assertThat(file.createdAt()).isEqualTo(listed.createdAt());
            assertThat(file.bytes()).isEqualTo(Files.size(file.path()));
        }
        assertThat(archive.periods()).filteredOn(p -> p.code().equals("2025")).singleElement().satisfies(p -> {
            assertThat(p.editions()).isEqualTo(editions.size());
            assertThat(p.latest()).isEqualTo(editions.get(editions.size() - 1).number());
            assertThat(p.nameVi()).isNotBlank();
        });
    }

    @Test
    void aFileByItsIdIsTheExactBytesArchived() throws IOException {
        for (Edition.Artifact recorded : edition.files()) {
            if (!ReportAudience.mayOpen(ANALYST, recorded.kind())) {
                continue;
            }
            ArtifactFile file = files.find(recorded.id(), ANALYST);
            assertThat(file.period()).isEqualTo("2025");
            assertThat(file.edition()).isEqualTo(edition.number());
            try (InputStream in = file.open()) {
                byte[] bytes = in.readAllBytes();
                assertThat(bytes).isEqualTo(Files.readAllBytes(recorded.path()));
                assertThat(bytes).hasSize((int) recorded.bytes());
            }
            assertThat(Sha256.of(file.artifact().path())).isEqualTo(recorded.sha256());
        }
        assertThat(file("briefing", "vi").contentType()).isEqualTo("application/pdf");
        assertThat(file("workbook", "en").contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void anIdThatIsNotRecordedIsRefused() {
        long unknown = jdbc.queryForObject("select coalesce(max(artifact_id), 0) + 1000 from report_artifact", Long.class);
        assertThatThrownBy(() -> files.find(unknown, ANALYST)).isInstanceOf(ArtifactUnavailable.class)
                .hasMessage("Không có tệp báo cáo số " + unknown + " (no report file " + unknown + ")");
    }

    @Test
    void aLeaderOpensBriefingsButNotTheWorkbookAndKindsWithoutAudienceAreRefusedToAll() throws IOException {
        try (InputStream in = files.find(file("briefing", "vi").id(), LEADER).open()) {
            assertThat(in.readAllBytes()).startsWith("%PDF".getBytes());
        }
        long workbook = file("workbook", "vi").id();
        assertThatThrownBy(() -> files.find(workbook, LEADER)).isInstanceOf(ArtifactForbidden.class)
                .hasMessageContaining("workbook");
        assertThat(files.find(workbook, Set.of("LEADER", "ANALYST")).artifact().kind()).isEqualTo("workbook");
        long figures = file("figures", "vi").id();
        assertThatThrownBy(() -> files.find(figures, Set.of("ANALYST", "LEADER", "ADMIN")))
                .isInstanceOf(ArtifactForbidden.class);
        assertThatThrownBy(() -> files.find(file("briefing", "en").id(), Set.of("SUBMITTER", "REVIEWER", "ADMIN")))
                .isInstanceOf(ArtifactForbidden.class);

        assertThat(ReportAudience.mayOpen(LEADER, "summary")).isTrue();
        assertThat(ReportAudience.mayOpen(LEADER, "region")).isTrue();
        assertThat(ReportAudience.mayOpen(ANALYST, "region")).isTrue();
        assertThat(ReportAudience.mayOpen(Set.of(), "summary")).isFalse();
        // the five-year review: its PDF goes with the summaries, its workbook only to analysts
        assertThat(ReportAudience.mayOpen(LEADER, "review")).isTrue();
        assertThat(ReportAudience.mayOpen(LEADER, "review-workbook")).isFalse();
        assertThat(ReportAudience.mayOpen(ANALYST, "review-workbook")).isTrue();
        assertThat(ReportAudience.mayOpen(Set.of("SUBMITTER", "REVIEWER", "ADMIN"), "review")).isFalse();
        assertThat(ReportAudience.visible(List.of(edition), LEADER).get(0).files())
                .extracting(Edition.Artifact::kind).containsOnly("briefing").hasSize(2);
        assertThat(ReportAudience.visible(List.of(edition), ANALYST).get(0).files())
                .extracting(Edition.Artifact::kind).containsOnly("briefing", "workbook").hasSize(4);
    }

    @Test
    void aFileReplacedByALinkOrMovedOutOfTheReportsDirectoryIsRefused(@TempDir Path outside) throws IOException {
        Edition own = render.render("2025", "briefing", "vi");
        Edition.Artifact briefing = own.files().get(0);
        assertThat(files.find(briefing.id(), LEADER).artifact().path()).isEqualTo(briefing.path().toRealPath());

        // the file swapped for a link to a copy of itself (same bytes, inside the reports directory)
        Path copy = briefing.path().resolveSibling("copy.pdf");
        Files.move(briefing.path(), copy);
        Files.createSymbolicLink(briefing.path(), copy);
        assertThatThrownBy(() -> files.find(briefing.id(), LEADER)).isInstanceOf(ArtifactUnavailable.class);

        // the edition's language directory swapped for a link to a directory outside the home
        Files.delete(briefing.path());
        Files.move(copy, outside.resolve(briefing.path().getFileName()));
        Path language = briefing.path().getParent();
        Files.delete(language);
        Files.createSymbolicLink(language, outside);
        assertThat(briefing.path()).isRegularFile();
        assertThatThrownBy(() -> files.find(briefing.id(), LEADER)).isInstanceOf(ArtifactUnavailable.class);

        // a record pointing outside the reports directory, at a file of the recorded size
        Files.delete(language);
        Files.createDirectory(language);
        Path elsewhere = outside.resolve(briefing.path().getFileName());
        jdbc.update("update report_artifact set file_path = ? where artifact_id = ?", elsewhere.toString(), briefing.id());
        assertThat(Files.size(elsewhere)).isEqualTo(briefing.bytes());
        assertThatThrownBy(() -> files.find(briefing.id(), LEADER)).isInstanceOf(ArtifactUnavailable.class);

        // back in place but cut short
        Files.write(briefing.path(), Files.readAllBytes(elsewhere), java.nio.file.StandardOpenOption.CREATE_NEW);
        jdbc.update("update report_artifact set file_path = ? where artifact_id = ?", briefing.path().toString(),
                briefing.id());
        assertThat(files.find(briefing.id(), LEADER).artifact().bytes()).isEqualTo(briefing.bytes());
        Files.write(briefing.path(), new byte[] {'%', 'P', 'D', 'F'});
        assertThatThrownBy(() -> files.find(briefing.id(), LEADER)).isInstanceOf(ArtifactUnavailable.class);
    }

    private Edition.Artifact file(String kind, String language) {
        return edition.files().stream().filter(f -> f.kind().equals(kind) && f.language().equals(language)).findFirst()
                .orElseThrow();
    }
}
