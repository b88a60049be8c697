package vn.dnnd.submission.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.dnnd.reports.text.VietnameseFormat;
import vn.dnnd.submission.validation.Issue;
import vn.dnnd.submission.validation.Issues;
import vn.dnnd.submission.validation.Location;
import vn.dnnd.submission.validation.Rule;
import vn.dnnd.submission.validation.ValidatedSubmission;

/**
 * Decides, for one chunk, what each file becomes: a new version (numbered after the versions
 * already stored, the last one of an organisation and period being the current one), a rejection,
 * a duplicate of bytes already ingested, or a file an interrupted run stored but never moved.
 */
final class ChunkPlanner {

    /** The plan, and the stored current versions the new ones supersede. */
    record Plan(List<PlannedFile> files, List<Long> supersededInDatabase) {
    }

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

    Plan plan(List<? extends IngestItem> items) {
        Map<String, StoredFile> stored = store.storedFiles(items.stream().map(IngestItem::sha256).distinct().toList());
        Iterator<Long> fileIds = store.nextIds("intake_file", "file_id", items.size()).iterator();
        long acceptedCount = items.stream().filter(i -> i.accepted() && !stored.containsKey(i.sha256())).count();
        Iterator<Long> submissionIds = store.nextIds("submission", "submission_id", (int) acceptedCount).iterator();
        Map<String, ValidatedSubmission> keys = new HashMap<>();
        items.stream().filter(IngestItem::accepted).forEach(i -> keys.put(key(i.submission()), i.submission()));
        store.lockOrganisationPeriods(keys.keySet());
        Map<String, IngestStore.Versions> versions = store.versions(
                keys.values().stream().map(ValidatedSubmission::orgId).toList(),
                keys.values().stream().map(ValidatedSubmission::periodCode).toList());

        List<PlannedFile> planned = new ArrayList<>();
        Map<String, PlannedFile> firstOfSha = new HashMap<>();
        Map<String, Integer> latestIndex = new HashMap<>();
        Set<Long> superseded = new LinkedHashSet<>();
        for (IngestItem item : items) {
            StoredFile earlier = stored.get(item.sha256());
            PlannedFile sameBytes = firstOfSha.get(item.sha256());
            PlannedFile file;
            // A part is never left half-archived: its bundle is finished as a whole (IngestBundleWriter).
            if (bundlePath == null && earlier != null && earlier.archivedPath() != null && !Files.exists(Path.of(earlier.archivedPath()))) {
                file = new PlannedFile(item, PlannedFile.Outcome.FINISH_ARCHIVING, earlier.fileId(), null, null, 0,
                        earlier.outcome(), null, Path.of(earlier.archivedPath()), List.of());
            } else if (earlier != null || sameBytes != null) {
                long original = earlier != null ? earlier.fileId() : sameBytes.fileId();
                long fileId = fileIds.next();
                file = new PlannedFile(item, PlannedFile.Outcome.DUPLICATE, fileId, original, null, 0, null, null,
                        archive.duplicatePath(fileId, receivedAt, item.file().name()),
                        duplicateNote(item, earlier != null ? earlier.fileName() : sameBytes.item().file().name(),
                                earlier != null ? earlier.receivedAt() : receivedAt,
                                earlier != null ? earlier.outcome() : sameBytes.outcome().code()));
            } else if (!item.accepted()) {
                long fileId = fileIds.next();
                file = new PlannedFile(item, PlannedFile.Outcome.REJECTED, fileId, null, null, 0, null, null,
                        archive.rejectedPath(fileId, receivedAt, item.file().name()), item.issues());
            } else {
                String key = key(item.submission());
                IngestStore.Versions before = versions.getOrDefault(key, new IngestStore.Versions(0, null));
                Integer previous = latestIndex.get(key);
                int version = previous != null ? planned.get(previous).version() + 1 : before.maxVersion() + 1;
                Long supersedes = previous != null ? planned.get(previous).submissionId() : before.currentId();
                if (previous != null) {
                    planned.set(previous, withStatus(planned.get(previous), "superseded"));
                } else if (before.currentId() != null) {
                    superseded.add(before.currentId());
                }
                latestIndex.put(key, planned.size());
                file = new PlannedFile(item, PlannedFile.Outcome.ACCEPTED, fileIds.next(), null, submissionIds.next(),
                        version, "accepted", supersedes, archive.acceptedPath(item.periodCode(), item.orgCode(), version,
                        receivedAt, item.file().name()), item.issues());
            }
            if (bundlePath != null) {
                file = file.withArchivedPath(bundlePath.apply(item));
            }
            firstOfSha.putIfAbsent(item.sha256(), file);
            planned.add(file);
        }
        return new Plan(planned, new ArrayList<>(superseded));
    }

    private static PlannedFile withStatus(PlannedFile file, String status) {
        return new PlannedFile(file.item(), file.outcome(), file.fileId(), file.duplicateOf(), file.submissionId(),
                file.version(), status, file.supersedesId(), file.archivedPath(), file.issues());
    }

    private static String key(ValidatedSubmission submission) {
        return submission.orgId() + ":" + submission.periodCode();
    }

    private static List<Issue> duplicateNote(IngestItem item, String originalName, OffsetDateTime originalAt,
                                             String originalOutcome) {
        Issues issues = item.newIssues();
        String when = VietnameseFormat.date(originalAt.toLocalDate());
        issues.warning(Rule.DUPLICATE_FILE, Location.FILE, "nội dung giống hệt tệp " + originalName + " đã nhận ngày "
                        + when + " (kết quả: " + originalOutcome + "); tệp này được bỏ qua, không thay đổi dữ liệu",
                "identical to " + originalName + " received " + originalAt.toLocalDate() + " (outcome: " + originalOutcome
                        + "); this file was skipped and changed nothing");
        return issues.all();
    }
}
