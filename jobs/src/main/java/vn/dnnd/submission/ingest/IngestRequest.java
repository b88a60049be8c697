package vn.dnnd.submission.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * One ingest run: the inbox, the receipt time recorded for its files (lateness and lock are judged
 * on it), the operator's override for periods past their lock date, and how long a file must have been
 * left unchanged before it is taken ({@code settle}; null for dnnd.intake.settle-seconds).
 */
public record IngestRequest(Path inbox, OffsetDateTime receivedAt, boolean allowLocked, Duration settle) {

    public IngestRequest(Path inbox, OffsetDateTime receivedAt, boolean allowLocked) {
        this(inbox, receivedAt, allowLocked, null);
    }
}
