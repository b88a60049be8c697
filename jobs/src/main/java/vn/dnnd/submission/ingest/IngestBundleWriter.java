package vn.dnnd.submission.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.dnnd.submission.IntakeProperties;
import vn.dnnd.submission.reference.IntakeReference;

/**
 * Stores a chunk of multi-organisation files in one transaction. Each file becomes an intake_bundle
 * row; its parts are planned and stored exactly like single files (versions, supersession, duplicates
 * by the part's checksum, outliers), all parts of the chunk together. The files are moved to
 * {@code archive/bundles/<date>/} after the commit, with an error report when a part was rejected.
 * A file whose bytes were already stored is a duplicate bundle (nothing read); one stored by an
 * interrupted run but still in the inbox is only moved.
 */
public class IngestBundleWriter implements ItemWriter<IngestBundle> {

    private record Move(InboxFile from, Path to, long bundleId, Path errorReport) {
    }

    private final IngestStore store;
    private final BundleRecords bundles;
    private final Archive archive;
    private final PlanWriter planWriter;
    private final OffsetDateTime receivedAt;
    private final Long jobExecutionId;

    public IngestBundleWriter(IngestStore store, IntakeRecords records, BundleRecords bundles, Archive archive,
                              IntakeReference reference, IntakeProperties properties, OffsetDateTime receivedAt,
                              Long jobExecutionId) {
        this.store = store;
        this.bundles = bundles;
        this.archive = archive;
        this.planWriter = new PlanWriter(store, records, new OutlierWarnings(records, reference, properties.outlierFactor()),
                receivedAt, jobExecutionId);
        this.receivedAt = receivedAt;
        this.jobExecutionId = jobExecutionId;
    }

    @Override
    public void write(Chunk<? extends IngestBundle> chunk) {
        List<? extends IngestBundle> items = chunk.getItems();
        Map<String, BundleRecords.Stored> stored = bundles.stored(items.stream().map(IngestBundle::sha256).distinct().toList());
        Iterator<Long> ids = store.nextIds("intake_bundle", "bundle_id", items.size()).iterator();
        Map<String, Long> firstOfSha = new HashMap<>();
        Map<IngestItem, Path> pathOf = new IdentityHashMap<>();
        Map<IngestItem, Integer> rowOf = new IdentityHashMap<>();
        List<IngestItem> parts = new ArrayList<>();
        List<BundleRecords.Row> rows = new ArrayList<>();
        List<Move> moves = new ArrayList<>();
        for (IngestBundle bundle : items) {
            BundleRecords.Stored earlier = stored.get(bundle.sha256());
            InboxFile inbox = bundle.file();
            if (earlier != null && earlier.archivedPath() != null && !Files.exists(Path.of(earlier.archivedPath()))) {
                moves.add(new Move(inbox, Path.of(earlier.archivedPath()), earlier.bundleId(),
                        earlier.errorReportPath() == null ? null : Path.of(earlier.errorReportPath())));
                continue;
            }
            long id = ids.next();
            Long original = earlier != null ? Long.valueOf(earlier.bundleId()) : firstOfSha.get(bundle.sha256());
            if (original != null) {
                Path target = archive.duplicateBundlePath(id, receivedAt, bundle.file().name());
                rows.add(new BundleRecords.Row(id, bundle, "duplicate", target, original, 0, 0, 0, 0, null));
                moves.add(new Move(inbox, target, id, null));
                continue;
            }
            firstOfSha.put(bundle.sha256(), id);
            Path target = archive.bundlePath(id, receivedAt, bundle.file().name());
            List<IngestItem> own = bundle.readable() ? bundle.parts() : List.of(bundle.asRejectedFile());
            for (IngestItem part : own) {
                pathOf.put(part, target);
                rowOf.put(part, rows.size());
            }
            parts.addAll(own);
            rows.add(new BundleRecords.Row(id, bundle, bundle.readable() ? "split" : "rejected", target, null,
                    0, 0, 0, 0, null));
        }
        ChunkPlanner.Plan plan = new ChunkPlanner(store, archive, receivedAt, pathOf::get).plan(parts);
        counted(rows, plan, rowOf);
        bundles.insert(rows, receivedAt, jobExecutionId);
        planWriter.store(plan, file -> rows.get(rowOf.get(file.item())).bundleId());
        for (BundleRecords.Row row : rows) {
            if (!row.outcome().equals("duplicate")) {
                moves.add(new Move(row.bundle().file(), row.archivedPath(), row.bundleId(), row.errorReportPath()));
            }
        }
        moveAfterCommit(moves);
    }

    /** Fills each bundle row's counts from its parts' outcomes; a rejected part gives the file an error report. */
    private static void counted(List<BundleRecords.Row> rows, ChunkPlanner.Plan plan, Map<IngestItem, Integer> rowOf) {
        int[][] counts = new int[rows.size()][3];
        for (PlannedFile file : plan.files()) {
            int[] c = counts[rowOf.get(file.item())];
            c[file.outcome() == PlannedFile.Outcome.ACCEPTED ? 0 : file.outcome() == PlannedFile.Outcome.REJECTED ? 1 : 2]++;
        }
        for (int i = 0; i < rows.size(); i++) {
            BundleRecords.Row r = rows.get(i);
            if (!r.outcome().equals("duplicate")) {
                int[] c = counts[i];
                int parts = r.outcome().equals("rejected") ? 0 : c[0] + c[1] + c[2];
                rows.set(i, new BundleRecords.Row(r.bundleId(), r.bundle(), r.outcome(), r.archivedPath(), null, parts,
                        c[0], r.outcome().equals("rejected") ? 0 : c[1], c[2],
                        c[1] > 0 ? ErrorReport.pathFor(r.archivedPath()) : null));
            }
        }
    }

    private void moveAfterCommit(List<Move> moves) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                for (Move move : moves) {
                    archive.bundle(move.from(), move.to(), move.bundleId(), move.errorReport());
                }
            }
        });
    }
}
