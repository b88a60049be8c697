package vn.dnnd.submission.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.Semaphore;
import org.springframework.stereotype.Service;
import vn.dnnd.submission.IntakeProperties;
import vn.dnnd.submission.ingest.IngestItem;
import vn.dnnd.submission.ingest.IntakeFileOutcome;
import vn.dnnd.submission.ingest.SingleFileIngest;

/**
 * A file uploaded through the portal or the REST API, taken at once: written under {@code <home>/uploads/},
 * read, parsed and validated by ingestJob's own processor, checked against whom the sender may submit for, then
 * stored by ingestJob's own writer in one transaction (a new version, a rejection with its issues, or a
 * duplicate) and archived like an inbox file; the upload's directory is removed afterwards. A refusal (size,
 * type, several organisations, an organisation not the sender's, another organisation or period than the page's)
 * stores nothing at all.
 */
@Service
public class UploadService {

    private final UploadArea area;
    private final SingleFileIngest ingest;
    private final Clock clock;
    private final long limit;
    private final Semaphore reads;

    public UploadService(UploadArea area, SingleFileIngest ingest, UploadProperties properties,
                         IntakeProperties intake, Clock clock) {
        this.area = area;
        this.ingest = ingest;
        this.clock = clock;
        this.limit = Math.min(properties.maxUploadBytes(), intake.maxFileBytes());
        this.reads = new Semaphore(Math.max(1, properties.parallelReads()), true);
    }

    public UploadVerdict upload(UploadRequest request) {
        String name = UploadName.clean(request.clientFileName());
        if (UploadName.multiOrganisation(name)) {
            return UploadRefusals.multiOrganisation(name, null, null, List.of());
        }
        if (!UploadName.allowedType(name)) {
            return UploadRefusals.wrongType(name.isEmpty() ? "(không tên / unnamed)" : name);
        }
        Path directory = area.newDirectory();
        try {
            Path copy = directory.resolve(name);
            if (!area.copy(request.content(), copy, limit)) {
                return UploadRefusals.tooLarge(name, limit);
            }
            OffsetDateTime receivedAt = request.receivedAt() != null ? request.receivedAt() : OffsetDateTime.now(clock);
            IngestItem item = read(copy, receivedAt);
            UploadVerdict refusal = UploadRefusals.check(item, request, name);
            if (refusal != null) {
                return refusal;
            }
            IngestItem recorded = forTarget(item, request.target());
            SingleFileIngest.Stored stored = ingest.store(recorded, request.uploadedBy(), receivedAt);
            return new UploadVerdict(status(stored.outcome()), null, recorded.orgCode(), recorded.periodCode(),
                    stored.version(), stored.versionStatus(), stored.fileId(), name, stored.issues().stream().map(UploadIssue::of).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot take the upload " + name, e);
        } finally {
            area.remove(directory);
        }
    }

    /** At most {@code dnnd.portal.parallel-reads} at a time: see {@link UploadProperties#parallelReads()}. */
    private IngestItem read(Path copy, OffsetDateTime receivedAt) throws IOException {
        reads.acquireUninterruptibly();
        try {
            return ingest.read(copy, receivedAt);
        } finally {
            reads.release();
        }
    }

    /** A file too damaged to say whom it is for is recorded as the rejection of the organisation it was sent for. */
    private static IngestItem forTarget(IngestItem item, UploadTarget target) {
        if (target == null || (item.orgCode() != null && item.periodCode() != null)) {
            return item;
        }
        return new IngestItem(item.file(), item.sha256(), item.channel(),
                item.orgCode() != null ? item.orgCode() : target.organisation(),
                item.periodCode() != null ? item.periodCode() : target.period(), item.submittedBy(), item.submission(),
                item.issues(), item.part(), item.partRef());
    }

    private static UploadStatus status(IntakeFileOutcome outcome) {
        return switch (outcome) {
            case ACCEPTED -> UploadStatus.ACCEPTED;
            case REJECTED -> UploadStatus.REJECTED;
            case DUPLICATE -> UploadStatus.DUPLICATE;
        };
    }
}
