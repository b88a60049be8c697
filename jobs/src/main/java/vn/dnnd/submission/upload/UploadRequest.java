package vn.dnnd.submission.upload;

import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.function.Predicate;

/**
 * One upload: its bytes (read once, up to the limit), the client's file name (a hint, cleaned before use), who
 * sends it ({@code uploadedBy}: a login, or {@code token:<id>}), which organisations the sender may submit for,
 * what the upload is said to be for ({@code target}, may be null) and when it was received ({@code receivedAt},
 * null for now).
 */
public record UploadRequest(InputStream content, String clientFileName, String uploadedBy,
                            Predicate<String> mayActFor, UploadTarget target, OffsetDateTime receivedAt) {
}
