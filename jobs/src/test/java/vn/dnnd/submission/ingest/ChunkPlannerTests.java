package vn.dnnd.submission.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dnnd.submission.parse.Channel;
import vn.dnnd.submission.validation.Issues;
import vn.dnnd.submission.validation.Location;
import vn.dnnd.system.Rule;
import vn.dnnd.submission.validation.ValidatedSubmission;
import vn.dnnd.system.DnndProperties;
import vn.dnnd.system.HomeDirectory;

/**
 * What the planner makes of a chunk, against what is stored (an in-memory store): version numbers,
 * which of a chunk's versions stays current, duplicates, files only left to archive, and which files
 * take a submission id. No database: the plan is what the writer then stores as it is.
 */
class ChunkPlannerTests {

    private static final OffsetDateTime DECEMBER_10 = OffsetDateTime.parse("2025-12-10T09:00:00+07:00");
    private static final long HAIPHONG = 7;
    private static final long HUE = 8;

    @TempDir
    Path home;
    StoreInMemory store;
    Archive archive;
    ChunkPlanner planner;

    @BeforeEach
    void setUp() {
        store = new StoreInMemory();
        archive = new Archive(new HomeDirectory(new DnndProperties(home.toString(), new DnndProperties.Db(null,
                null, null, null, 8), new DnndProperties.Reference("classpath:reference/"), null)), null);
        planner = new ChunkPlanner(store, archive, DECEMBER_10);
    }

    @Test
    void aNewVersionIsNumberedAfterTheStoredOnesAndSupersedesTheCurrentOne() {
        store.versions.put("7:2025", new IngestStore.Versions(2, 41L, null));

        ChunkPlanner.Plan plan = planner.plan(List.of(accepted("hai-phong.csv", "a1", HAIPHONG, "HAIPHONG")));

        assertThat(plan.files()).singleElement().isInstanceOfSatisfying(PlannedFile.Accepted.class, file -> {
            assertThat(file.version()).isEqualTo(3);
            assertThat(file.status()).isEqualTo(SubmissionVersionStatus.ACCEPTED);
            assertThat(file.supersedesId()).isEqualTo(41L);
            assertThat(file.archivedPath().getParent()).isEqualTo(home.resolve("archive/accepted/2025/HAIPHONG"));
            assertThat(file.archivedPath().getFileName().toString()).startsWith("v3-");
        });
        assertThat(plan.supersededInDatabase()).containsExactly(41L);
        assertThat(store.locked).containsExactly("7:2025");
    }

    @Test
    void theFirstVersionOfAnOrganisationAndPeriodSupersedesNothing() {
        ChunkPlanner.Plan plan = planner.plan(List.of(accepted("hue.csv", "b1", HUE, "HUE")));

        assertThat(plan.accepted()).singleElement().satisfies(file -> {
            assertThat(file.version()).isEqualTo(1);
            assertThat(file.supersedesId()).isNull();
            assertThat(file.status()).isEqualTo(SubmissionVersionStatus.ACCEPTED);
        });
        assertThat(plan.supersededInDatabase()).isEmpty();
    }

    @Test
    void ofTwoUploadsInOneChunkTheLaterIsCurrentAndTheEarlierSuperseded() {
        store.versions.put("7:2025", new IngestStore.Versions(1, 41L, null));

        ChunkPlanner.Plan plan = planner.plan(List.of(accepted("lan-1.csv", "a1", HAIPHONG, "HAIPHONG"),
                accepted("lan-2.csv", "a2", HAIPHONG, "HAIPHONG")));

        List<PlannedFile.Accepted> versions = plan.accepted();
        assertThat(versions).extracting(file -> file.item().file().name() + " v" + file.version() + " " + file.status())
                .containsExactly("lan-1.csv v2 SUPERSEDED", "lan-2.csv v3 ACCEPTED");
        assertThat(versions.get(0).supersedesId()).isEqualTo(41L);
        assertThat(versions.get(1).supersedesId()).isEqualTo(versions.get(0).submissionId());
        assertThat(plan.supersededInDatabase()).as("the stored current version, once").containsExactly(41L);
    }

    @Test
    void underReviewANewVersionAwaitsAndReplacesOnlyTheVersionStillAwaitingNeverTheCurrentOne() {
        store.reviewRequired = true;
        store.versions.put("7:2025", new IngestStore.Versions(3, 41L, 43L));

        ChunkPlanner.Plan plan = planner.plan(List.of(accepted("lan-4.csv", "a4", HAIPHONG, "HAIPHONG")));

        assertThat(plan.accepted()).singleElement().satisfies(file -> {
            assertThat(file.version()).isEqualTo(4);
            assertThat(file.status()).isEqualTo(SubmissionVersionStatus.AWAITING);
            assertThat(file.supersedesId()).isEqualTo(43L);
        });
        assertThat(plan.supersededInDatabase()).as("the awaiting one; the accepted 41 still counts").containsExactly(43L);
    }

    @Test
    void underReviewTheFirstUploadAfterAnAcceptedVersionLeavesItCurrent() {
        store.reviewRequired = true;
        store.versions.put("7:2025", new IngestStore.Versions(1, 41L, null));

        ChunkPlanner.Plan plan = planner.plan(List.of(accepted("lan-2.csv", "a2", HAIPHONG, "HAIPHONG"),
                accepted("lan-3.csv", "a3", HAIPHONG, "HAIPHONG")));

        assertThat(plan.accepted()).extracting(file -> "v" + file.version() + " " + file.status())
                .containsExactly("v2 SUPERSEDED", "v3 AWAITING");
        assertThat(plan.supersededInDatabase()).isEmpty();
    }

    @Test
    void aRepeatedChecksumIsADuplicateOfTheFirst() {
        ChunkPlanner.Plan plan = planner.plan(List.of(accepted("hai-phong.csv", "same", HAIPHONG, "HAIPHONG"),
                accepted("ban-sao.csv", "same", HAIPHONG, "HAIPHONG")));

        PlannedFile first = plan.files().get(0);
        assertThat(first).isInstanceOf(PlannedFile.Accepted.class);
        assertThat(plan.files().get(1)).isInstanceOfSatisfying(PlannedFile.Duplicate.class, copy -> {
            assertThat(copy.duplicateOf()).isEqualTo(first.fileId());
            assertThat(copy.fileId()).isNotEqualTo(first.fileId());
            assertThat(copy.archivedPath()).isEqualTo(home.resolve("archive/duplicate/2025-12-10/" + copy.fileId()
                    + "-ban-sao.csv"));
            assertThat(copy.issues()).singleElement().satisfies(note -> {
                assertThat(note.rule()).isEqualTo(Rule.DUPLICATE_FILE);
                assertThat(note.isError()).isFalse();
                assertThat(note.messageEn())
                        .contains("identical to hai-phong.csv received 2025-12-10 (outcome: accepted)");
            });
        });
        assertThat(plan.accepted()).as("the copy is no second version").hasSize(1);
    }

    @Test
    void aChecksumAcceptedBeforeIsADuplicateOfTheStoredFile() throws Exception {
        Path archived = Files.createDirectories(home.resolve("archive/accepted/2025/HUE")).resolve("v1-hue.csv");
        Files.writeString(archived, "stored and archived");
        store.files.put("b1", new StoredFile(12, IntakeFileOutcome.ACCEPTED, archived.toString(), "hue.csv",
                DECEMBER_10.minusDays(9)));

        ChunkPlanner.Plan plan = planner.plan(List.of(accepted("hue-lai.csv", "b1", HUE, "HUE")));

        assertThat(plan.files()).singleElement().isInstanceOfSatisfying(PlannedFile.Duplicate.class, copy -> {
            assertThat(copy.duplicateOf()).isEqualTo(12);
            assertThat(copy.issues()).singleElement().extracting(issue -> issue.messageEn()).asString()
                    .contains("identical to hue.csv received 2025-12-01 (outcome: accepted)");
        });
    }

    @Test
    void bytesRejectedBeforeAreCheckedAgainRejectedWithTheirErrorsOrAcceptedNeverCalledADuplicate() throws Exception {
        Path archived = Files.createDirectories(home.resolve("archive/rejected/2025-12-01")).resolve("12-rong.csv");
        Files.writeString(archived, "stored and archived");
        store.files.put("empty", new StoredFile(12, IntakeFileOutcome.REJECTED, archived.toString(), "rong.csv",
                DECEMBER_10.minusDays(9)));
        store.files.put("locked", new StoredFile(13, IntakeFileOutcome.REJECTED, archived.toString(), "hue-muon.csv",
                DECEMBER_10.minusDays(9)));

        ChunkPlanner.Plan plan = planner.plan(List.of(rejected("rong-cua-hue.csv", "empty"),
                rejected("rong-cua-hue-lan-2.csv", "empty"), accepted("hue-muon.csv", "locked", HUE, "HUE")));

        assertThat(plan.files()).extracting(file -> file.getClass().getSimpleName() + " " + file.item().file().name())
                .containsExactly("Rejected rong-cua-hue.csv", "Rejected rong-cua-hue-lan-2.csv", "Accepted hue-muon.csv");
        assertThat(plan.files().get(0)).isInstanceOfSatisfying(PlannedFile.Rejected.class, file ->
                assertThat(file.issues()).extracting(issue -> issue.rule().name()).containsExactly("EMPTY_FILE"));
        assertThat(plan.accepted()).singleElement().satisfies(file ->
                assertThat(file.submissionId()).as("a submission id was taken for it").isEqualTo(StoreInMemory.FIRST_SUBMISSION_ID));
    }

    @Test
    void aFileStoredButNotArchivedIsOnlyArchived() {
        Path neverMoved = home.resolve("archive/accepted/2025/HUE/v1-20251210T090000-hue.csv");
        store.files.put("b1", new StoredFile(12, IntakeFileOutcome.ACCEPTED, neverMoved.toString(), "hue.csv",
                DECEMBER_10));

        ChunkPlanner.Plan plan = planner.plan(List.of(accepted("hue.csv", "b1", HUE, "HUE"),
                accepted("hai-phong.csv", "a1", HAIPHONG, "HAIPHONG")));

        assertThat(plan.files().get(0)).isEqualTo(new PlannedFile.FinishArchiving(plan.files().get(0).item(), 12,
                IntakeFileOutcome.ACCEPTED, neverMoved));
        assertThat(plan.recorded()).as("recorded by the run that stored it").singleElement()
                .extracting(file -> file.item().file().name()).isEqualTo("hai-phong.csv");
        assertThat(plan.accepted()).singleElement().satisfies(file -> {
            assertThat(file.fileId()).as("the first new file id").isEqualTo(StoreInMemory.FIRST_FILE_ID);
            assertThat(file.submissionId()).as("the first new submission id")
                    .isEqualTo(StoreInMemory.FIRST_SUBMISSION_ID);
        });
        assertThat(store.requested.get("submission")).as("submission ids for the file not stored only").isEqualTo(1);
    }

    @Test
    void aRejectedFileNeverTakesASubmissionId() {
        ChunkPlanner.Plan plan = planner.plan(List.of(accepted("hai-phong.csv", "a1", HAIPHONG, "HAIPHONG"),
                rejected("rong.csv", "r1"), accepted("hue.csv", "b1", HUE, "HUE")));

        assertThat(store.requested.get("submission")).isEqualTo(2);
        assertThat(plan.accepted()).extracting(PlannedFile.Accepted::submissionId)
                .containsExactly(StoreInMemory.FIRST_SUBMISSION_ID, StoreInMemory.FIRST_SUBMISSION_ID + 1);
        assertThat(plan.files().get(1)).isInstanceOfSatisfying(PlannedFile.Rejected.class, file -> {
            assertThat(file.outcome()).isEqualTo(IntakeFileOutcome.REJECTED);
            assertThat(file.archivedPath()).isEqualTo(home.resolve("archive/rejected/2025-12-10/" + file.fileId()
                    + "-rong.csv"));
            assertThat(file.errorCount()).isEqualTo(1);
        });
        assertThat(store.locked).containsExactlyInAnyOrder("7:2025", "8:2025");
    }

    @Test
    void partsOfAMultiOrganisationFileGoWithTheirFileAndAreNeverOnlyArchived() {
        Path bundle = home.resolve("archive/bundles/2025-12-10/3-tinh.multi.csv");
        Path neverMoved = home.resolve("archive/accepted/2025/HUE/v1-20251210T090000-hue.csv");
        store.files.put("b1", new StoredFile(12, IntakeFileOutcome.ACCEPTED, neverMoved.toString(), "hue.csv",
                DECEMBER_10));
        ChunkPlanner parts = new ChunkPlanner(store, archive, DECEMBER_10, item -> bundle);

        ChunkPlanner.Plan plan = parts.plan(List.of(accepted("tinh.multi.csv", "a1", HAIPHONG, "HAIPHONG"),
                accepted("tinh.multi.csv", "b1", HUE, "HUE")));

        assertThat(plan.files()).extracting(PlannedFile::archivedPath).containsOnly(bundle);
        assertThat(plan.files()).extracting(PlannedFile::outcome)
                .containsExactly(IntakeFileOutcome.ACCEPTED, IntakeFileOutcome.DUPLICATE);
    }

    private static IngestItem accepted(String fileName, String sha256, long orgId, String orgCode) {
        ValidatedSubmission submission = new ValidatedSubmission(Channel.CSV, orgId, orgCode, orgCode, "2025", true,
                "DNND-TEMPLATE-1", "catalogue", "clerk", List.of(), List.of(), List.of());
        return new IngestItem(new InboxFile(Path.of("inbox", fileName), 100), sha256, Channel.CSV, orgCode, "2025",
                "clerk", submission, List.of(), null, null);
    }

    private static IngestItem rejected(String fileName, String sha256) {
        Issues issues = new Issues(fileName);
        issues.error(Rule.EMPTY_FILE, Location.FILE, "tệp rỗng (0 byte)", "the file is empty (0 bytes)");
        return new IngestItem(new InboxFile(Path.of("inbox", fileName), 0), sha256, Channel.CSV, null, null, null, null,
                issues.all(), null, null);
    }

    /** The calls the planner makes, answered from memory and remembered. */
    private static final class StoreInMemory extends IngestStore {

        static final long FIRST_FILE_ID = 100;
        static final long FIRST_SUBMISSION_ID = 500;

        final Map<String, StoredFile> files = new HashMap<>();
        final Map<String, Versions> versions = new HashMap<>();
        final Map<String, Long> nextId = new HashMap<>(Map.of("intake_file", FIRST_FILE_ID, "submission",
                FIRST_SUBMISSION_ID));
        final Map<String, Integer> requested = new LinkedHashMap<>();
        final List<String> locked = new ArrayList<>();

        boolean reviewRequired;

        StoreInMemory() {
            super(null, null, null, null);
        }

        @Override
        boolean reviewRequired() {
            return reviewRequired;
        }

        @Override
        Map<String, StoredFile> storedFiles(Collection<String> sha256s) {
            Map<String, StoredFile> found = new HashMap<>(files);
            found.keySet().retainAll(sha256s);
            return found;
        }

        @Override
        List<Long> nextIds(String table, String column, int count) {
            requested.put(table, count);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ids.add(nextId.merge(table, 1L, Long::sum) - 1);
            }
            return ids;
        }

        @Override
        void lockOrganisationPeriods(Collection<String> keys) {
            locked.addAll(keys);
        }

        @Override
        Map<String, Versions> versions(List<Long> orgIds, List<String> periods) {
            Map<String, Versions> found = new HashMap<>();
            for (int i = 0; i < orgIds.size(); i++) {
                String key = orgIds.get(i) + ":" + periods.get(i);
                if (versions.containsKey(key)) {
                    found.put(key, versions.get(key));
                }
            }
            return found;
        }
    }
}
