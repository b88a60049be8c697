package vn.dnnd.submission.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Decides, for one chunk of multi-organisation files, what each file is as a whole: seen for the first
 * time (its parts are then planned by {@link ChunkPlanner}), a duplicate of bytes already seen, or a
 * file an interrupted run stored but never moved.
 */
final class BundlePlanner {

    private final IngestStore store;
    private final BundleRecords bundles;
    private final Archive archive;
    private final OffsetDateTime receivedAt;

    BundlePlanner(IngestStore store, BundleRecords bundles, Archive archive, OffsetDateTime receivedAt) {
        this.store = store;
        this.bundles = bundles;
        this.archive = archive;
        this.receivedAt = receivedAt;
    }

    /** One planned bundle per file, in the files' order. */
    List<PlannedBundle> plan(List<? extends IngestBundle> items) {
        Map<String, BundleRecords.Stored> stored = bundles.stored(
                items.stream().map(IngestBundle::sha256).distinct().toList());
        Iterator<Long> ids = store.nextIds("intake_bundle", "bundle_id", items.size()).iterator();
        Map<String, Long> firstOfSha = new HashMap<>();
        List<PlannedBundle> planned = new ArrayList<>();
        for (IngestBundle bundle : items) {
            BundleRecords.Stored earlier = stored.get(bundle.sha256());
            if (onlyArchivingLeft(earlier)) {
                Path errorReport = earlier.errorReportPath() == null ? null : Path.of(earlier.errorReportPath());
                planned.add(new PlannedBundle.FinishArchiving(bundle, earlier.bundleId(), Path.of(earlier.archivedPath()),
                        errorReport));
                continue;
            }
            long id = ids.next();
            Long original = earlier != null ? Long.valueOf(earlier.bundleId()) : firstOfSha.get(bundle.sha256());
            if (original != null) {
                planned.add(new PlannedBundle.Duplicate(bundle, id, original,
                        archive.duplicateBundlePath(id, receivedAt, bundle.file().name())));
            } else {
                firstOfSha.put(bundle.sha256(), id);
                Path target = archive.bundlePath(id, receivedAt, bundle.file().name());
                planned.add(new PlannedBundle.FirstSeen(bundle, id, target,
                        bundle.readable() ? bundle.parts() : List.of(bundle.asRejectedFile())));
            }
        }
        return planned;
    }

    private static boolean onlyArchivingLeft(BundleRecords.Stored earlier) {
        return earlier != null && earlier.archivedPath() != null && !Files.exists(Path.of(earlier.archivedPath()));
    }
}
