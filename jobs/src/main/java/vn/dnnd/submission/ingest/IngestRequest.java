package vn.dnnd.submission.ingest;

import java.nio.file.Path;
import java.time.OffsetDateTime;

/**
 * One ingest run: the inbox, the receipt time recorded for its files (lateness and lock are judged
 * on it), and the operator's override for periods past their lock date.
 */
public record IngestRequest(Path inbox, OffsetDateTime receivedAt, boolean allowLocked) {
}
