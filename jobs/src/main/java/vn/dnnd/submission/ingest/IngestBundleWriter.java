package vn.dnnd.submission.ingest;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
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
    private final BundlePlanner bundlePlanner;
    private final PlanWriter planWriter;
    private final OffsetDateTime receivedAt;
    private final Long jobExecutionId;

    public IngestBundleWriter(IngestStore store, IntakeRecords records, BundleRecords bundles, Archive archive,
                              IntakeReference reference, IntakeProperties properties, OffsetDateTime receivedAt,
                              Long jobExecutionId) {
        this.store = store;
        this.bundles = bundles;
        this.archive = archive;
        this.bundlePlanner = new BundlePlanner(store, bundles, archive, receivedAt);
        this.planWriter = new PlanWriter(store, records, new OutlierWarnings(records, reference, properties.outlierFactor()),
                receivedAt, jobExecutionId);
        this.receivedAt = receivedAt;
        this.jobExecutionId = jobExecutionId;
    }

    @Override
    public void write(Chunk<? extends IngestBundle> chunk) {
        List<PlannedBundle> planned = bundlePlanner.plan(chunk.getItems());
        // By identity: two parts of one file may be equal records (the same lines twice), yet are two rows.
        Map<IngestItem, PlannedBundle.FirstSeen> bundleOfPart = new IdentityHashMap<>();
        List<IngestItem> parts = new ArrayList<>();
        for (PlannedBundle.FirstSeen bundle : firstSeen(planned)) {
            bundle.parts().forEach(part -> bundleOfPart.put(part, bundle));
            parts.addAll(bundle.parts());
        }
        ChunkPlanner.Plan plan = new ChunkPlanner(store, archive, receivedAt,
                part -> bundleOfPart.get(part).archivedPath()).plan(parts);
        List<BundleRecords.Row> rows = rows(planned, plan, bundleOfPart);
        bundles.insert(rows, receivedAt, jobExecutionId);
        planWriter.store(plan, file -> bundleOfPart.get(file.item()).bundleId());
        moveAfterCommit(moves(planned, rows));
    }

    private static List<PlannedBundle.FirstSeen> firstSeen(List<PlannedBundle> planned) {
        return planned.stream().filter(PlannedBundle.FirstSeen.class::isInstance).map(PlannedBundle.FirstSeen.class::cast)
                .toList();
    }

    /** An intake_bundle row per file but those only left to archive, in the files' order. */
    private static List<BundleRecords.Row> rows(List<PlannedBundle> planned, ChunkPlanner.Plan plan,
                                                Map<IngestItem, PlannedBundle.FirstSeen> bundleOfPart) {
        Map<PlannedBundle.FirstSeen, List<PlannedFile>> partsOf = new IdentityHashMap<>();
        for (PlannedFile part : plan.files()) {
            partsOf.computeIfAbsent(bundleOfPart.get(part.item()), bundle -> new ArrayList<>()).add(part);
        }
        List<BundleRecords.Row> rows = new ArrayList<>();
        for (PlannedBundle bundle : planned) {
            if (bundle instanceof PlannedBundle.Duplicate duplicate) {
                rows.add(new BundleRecords.Row(duplicate.bundleId(), duplicate.bundle(), IntakeBundleOutcome.DUPLICATE,
                        duplicate.archivedPath(), duplicate.duplicateOf(), 0, 0, 0, 0, null));
            } else if (bundle instanceof PlannedBundle.FirstSeen firstSeen) {
                rows.add(counted(firstSeen, partsOf.getOrDefault(firstSeen, List.of())));
            }
        }
        return rows;
    }

    /**
     * A file's row, counting what its parts became; a rejected part gives the file an error report. A file
     * that could not be read has no parts: the one rejected item standing for it is not counted as one.
     */
    private static BundleRecords.Row counted(PlannedBundle.FirstSeen bundle, List<PlannedFile> parts) {
        int accepted = count(parts, IntakeFileOutcome.ACCEPTED);
        int rejected = count(parts, IntakeFileOutcome.REJECTED);
        int duplicates = count(parts, IntakeFileOutcome.DUPLICATE);
        boolean unreadable = bundle.outcome() == IntakeBundleOutcome.REJECTED;
        return new BundleRecords.Row(bundle.bundleId(), bundle.bundle(), bundle.outcome(), bundle.archivedPath(), null,
                unreadable ? 0 : accepted + rejected + duplicates, accepted, unreadable ? 0 : rejected, duplicates,
                rejected > 0 ? ErrorReport.pathFor(bundle.archivedPath()) : null);
    }

    private static int count(List<PlannedFile> parts, IntakeFileOutcome outcome) {
        return (int) parts.stream().filter(part -> part.outcome() == outcome).count();
    }

    /** The files only left to archive and the duplicates, then the files read, each with its error report if any. */
    private static List<Move> moves(List<PlannedBundle> planned, List<BundleRecords.Row> rows) {
        List<Move> moves = new ArrayList<>();
        for (PlannedBundle bundle : planned) {
            if (bundle instanceof PlannedBundle.FinishArchiving finish) {
                moves.add(new Move(finish.bundle().file(), finish.archivedPath(), finish.bundleId(),
                        finish.errorReportPath()));
            } else if (bundle instanceof PlannedBundle.Duplicate duplicate) {
                moves.add(new Move(duplicate.bundle().file(), duplicate.archivedPath(), duplicate.bundleId(), null));
            }
        }
        rows.stream().filter(row -> row.outcome() != IntakeBundleOutcome.DUPLICATE).forEach(row ->
                moves.add(new Move(row.bundle().file(), row.archivedPath(), row.bundleId(), row.errorReportPath())));
        return moves;
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
