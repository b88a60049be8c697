package vn.dnnd.submission.sample;

import java.nio.file.Path;
import java.time.OffsetDateTime;

/**
 * One group of sample files to ingest, in order: its directory, the receipt time to record for it
 * ({@code ingest --as-of}), whether it needs {@code --allow-locked}, and what should happen.
 */
public record SampleStep(Path directory, OffsetDateTime asOf, boolean allowLocked, int files, String expected) {
}
