package vn.dnnd.submission.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.dnnd.submission.validation.ValidatedSubmission;

/**
 * Decides, for one chunk, what each file becomes: a new version (numbered after the versions
 * already stored, the last one of an organisation and period being the current one), a rejection,
 * a duplicate of bytes already ingested, or a file an interrupted run stored but never moved.
 */
final class ChunkPlanner {

    /** One planned file per item, in the items' order, and the stored current versions the new ones supersede. */
    record Plan(List<PlannedFile> files, List<Long> supersededInDatabase) {

        List<PlannedFile.Accepted> accepted() {
            return files.stream().filter(PlannedFile.Accepted.class::isInstance).map(PlannedFile.Accepted.class::cast)
                    .toList();
        }

        /** All but the files only left to archive: they were recorded by the run that stored them. */
        List<PlannedFile.Recorded> recorded() {
            return files.stream().filter(PlannedFile.Recorded.class::isInstance).map(PlannedFile.Recorded.class::cast)
                    .toList();
        }
    }

    private static final IngestStore.Versions NONE_STORED = new IngestStore.Versions(0, null, null);

    private final IngestStore store;
    private final Archive archive;
    private final OffsetDateTime receivedAt;
    /** For the parts of multi-organisation files: the archived path of the file each came in; else null. */
    private final Function<IngestItem, Path> bundlePath;

    ChunkPlanner(IngestStore store, Archive archive, OffsetDateTime receivedAt) {
        this(store, archive, receivedAt, null);
    }

    ChunkPlanner(IngestStore store, Archive archive, OffsetDateTime receivedAt, Function<IngestItem, Path> bundlePath) {
        this.store = store;
        this.archive = archive;
        this.receivedAt = receivedAt;
        this.bundlePath = bundlePath;
    }

    /**
     * Locks the organisation-periods the chunk accepts, then looks up what was stored, takes the ids, reads the
     * versions and decides each file in turn. Locking comes first: a writer of the same file at the same moment
     * (the portal, another ingest) has committed by then, so its file is found and this one is a duplicate.
     */
    Plan plan(List<? extends IngestItem> items) {
        Map<String, ValidatedSubmission> keys = lockOrganisationPeriods(items);
        Map<String, StoredFile> stored = store.storedFiles(items.stream().map(IngestItem::sha256).distinct().toList());
        Iterator<Long> fileIds = store.nextIds("intake_file", "file_id", items.size()).iterator();
        Iterator<Long> submissionIds = store.nextIds("submission", "submission_id", newSubmissions(items, stored,
                bundlePath == null)).iterator();
        Decisions decisions = new Decisions(readVersions(keys), fileIds, submissionIds);
        for (IngestItem item : items) {
            decisions.decide(item, stored.get(item.sha256()));
        }
        return decisions.plan();
    }

    /**
     * One per accepted file whose bytes are not stored yet or were only rejected before (single files: see
     * {@link Decisions#checkedAgain}); a copy within the chunk leaves one unused.
     */
    private static int newSubmissions(List<? extends IngestItem> items, Map<String, StoredFile> stored,
                                      boolean singleFiles) {
        return (int) items.stream().filter(i -> i.accepted() && (!stored.containsKey(i.sha256())
                || singleFiles && stored.get(i.sha256()).outcome() == IntakeFileOutcome.REJECTED)).count();
    }

    /** The organisation-periods the chunk accepts, locked until commit so that no other writer numbers a version meanwhile. */
    private Map<String, ValidatedSubmission> lockOrganisationPeriods(List<? extends IngestItem> items) {
        Map<String, ValidatedSubmission> keys = new LinkedHashMap<>();
        items.stream().filter(IngestItem::accepted).forEach(i -> keys.put(key(i.submission()), i.submission()));
        store.lockOrganisationPeriods(keys.keySet());
        return keys;
    }

    /** The newest stored version and the current one of each locked organisation and period. */
    private Map<String, IngestStore.Versions> readVersions(Map<String, ValidatedSubmission> keys) {
        return store.versions(keys.values().stream().map(ValidatedSubmission::orgId).toList(),
                keys.values().stream().map(ValidatedSubmission::periodCode).toList());
    }

    /** An organisation and period as locked, and as IngestStore.versions keys what it found. */
    private static String key(ValidatedSubmission submission) {
        return submission.orgId() + ":" + submission.periodCode();
    }

    /** The chunk's files decided so far, in order. */
    private final class Decisions {

        private final Map<String, IngestStore.Versions> storedVersions;
        private final Iterator<Long> fileIds;
        private final Iterator<Long> submissionIds;
        private final List<PlannedFile> planned = new ArrayList<>();
        private final Map<String, PlannedFile> firstOfSha = new HashMap<>();
        /** The chunk's newest version so far of each organisation and period. */
        private final Map<String, PlannedFile.Accepted> latest = new HashMap<>();
        private final Set<Long> supersededInDatabase = new LinkedHashSet<>();
        private final boolean reviewRequired = store.reviewRequired();

        Decisions(Map<String, IngestStore.Versions> storedVersions, Iterator<Long> fileIds,
                  Iterator<Long> submissionIds) {
            this.storedVersions = storedVersions;
            this.fileIds = fileIds;
            this.submissionIds = submissionIds;
        }

        void decide(IngestItem item, StoredFile earlier) {
            PlannedFile sameBytes = firstOfSha.get(item.sha256());
            PlannedFile file;
            if (onlyArchivingLeft(earlier)) {
                file = new PlannedFile.FinishArchiving(item, earlier.fileId(), earlier.outcome(),
                        Path.of(earlier.archivedPath()));
            } else if (earlier != null && !checkedAgain(earlier.outcome())) {
                file = duplicate(item, earlier.fileId(), earlier.fileName(), earlier.receivedAt(), earlier.outcome());
            } else if (sameBytes != null && !checkedAgain(sameBytes.outcome())) {
                file = duplicate(item, sameBytes.fileId(), sameBytes.item().file().name(), receivedAt,
                        sameBytes.outcome());
            } else if (!item.accepted()) {
                long fileId = fileIds.next();
                file = new PlannedFile.Rejected(item, fileId, archivedPath(item,
                        archive.rejectedPath(fileId, receivedAt, item.file().name())), item.issues());
            } else {
                file = newVersion(item);
            }
            firstOfSha.putIfAbsent(item.sha256(), file);
            planned.add(file);
        }

        /**
         * Bytes that were rejected before are checked again, as a new file: a clerk re-sending a bad file gets its
         * errors, an empty file is rejected as empty for whoever sent it, and a file refused for a locked period is
         * taken once the period is opened again. Only a single file: a part goes with its bundle.
         */
        private boolean checkedAgain(IntakeFileOutcome before) {
            return bundlePath == null && before == IntakeFileOutcome.REJECTED;
        }

        /** A part is never left half-archived: its bundle is finished as a whole (IngestBundleWriter). */
        private boolean onlyArchivingLeft(StoredFile earlier) {
            return bundlePath == null && earlier != null && earlier.archivedPath() != null
                    && !Files.exists(Path.of(earlier.archivedPath()));
        }

        private PlannedFile.Duplicate duplicate(IngestItem item, long original, String originalName,
                                                OffsetDateTime originalAt, IntakeFileOutcome originalOutcome) {
            long fileId = fileIds.next();
            return new PlannedFile.Duplicate(item, fileId, original, archivedPath(item,
                    archive.duplicatePath(fileId, receivedAt, item.file().name())),
                    DuplicateNote.of(item, originalName, originalAt, originalOutcome));
        }

        /**
         * Numbered after the chunk's previous version of its organisation and period, else after the stored ones.
         * Without review it replaces the current version at once; with review it replaces only the version still
         * awaiting review, and the current one counts until a reviewer accepts the new one.
         */
        private PlannedFile.Accepted newVersion(IngestItem item) {
            String key = key(item.submission());
            PlannedFile.Accepted previous = latest.get(key);
            IngestStore.Versions before = storedVersions.getOrDefault(key, NONE_STORED);
            Long replaced = reviewRequired ? before.awaitingId() : before.currentId();
            if (previous == null && replaced != null) {
                supersededInDatabase.add(replaced);
            }
            int version = previous != null ? previous.version() + 1 : before.maxVersion() + 1;
            Long supersedes = previous != null ? Long.valueOf(previous.submissionId()) : replaced;
            Path path = archivedPath(item, archive.acceptedPath(item.periodCode(), item.orgCode(), version, receivedAt,
                    item.file().name()));
            PlannedFile.Accepted file = new PlannedFile.Accepted(item, fileIds.next(), submissionIds.next(), version,
                    reviewRequired ? SubmissionVersionStatus.AWAITING : SubmissionVersionStatus.ACCEPTED, supersedes, path,
                    item.issues());
            latest.put(key, file);
            return file;
        }

        /** A part goes with the multi-organisation file it came in, whatever became of it. */
        private Path archivedPath(IngestItem item, Path ownPath) {
            return bundlePath == null ? ownPath : bundlePath.apply(item);
        }

        Plan plan() {
            return new Plan(onlyLatestCurrent(planned), new ArrayList<>(supersededInDatabase));
        }
    }

    /** Of several new versions of one organisation and period in a chunk, only the last stays current. */
    private static List<PlannedFile> onlyLatestCurrent(List<PlannedFile> planned) {
        List<PlannedFile> files = new ArrayList<>(planned);
        Set<String> later = new HashSet<>();
        for (int i = files.size() - 1; i >= 0; i--) {
            if (files.get(i) instanceof PlannedFile.Accepted accepted && !later.add(key(accepted.item().submission()))) {
                files.set(i, accepted.superseded());
            }
        }
        return files;
    }
}
