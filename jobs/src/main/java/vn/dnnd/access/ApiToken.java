package vn.dnnd.access;

import java.time.OffsetDateTime;

/** An organisation's API token as listed (never its secret, which is shown once at creation). */
public record ApiToken(long tokenId, String orgCode, String label, String createdBy, OffsetDateTime createdAt,
                       OffsetDateTime revokedAt, OffsetDateTime lastUsedAt) {
}
