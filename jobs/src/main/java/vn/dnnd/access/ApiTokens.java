package vn.dnnd.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dnnd.system.DnndException;
import vn.dnnd.system.Sha256;

/**
 * API tokens per organisation: created with a secret shown once, kept as its SHA-256 (256 random bits need no
 * slow hash), revocable. A token authenticates as a submitter of its one organisation.
 */
@Service
public class ApiTokens {

    static final int MAX_LABEL_LENGTH = 200;

    private static final String LISTED = """
            select token_id, org_code, label, created_by, created_at, revoked_at, last_used_at from api_token""";

    /** A token just created, with the secret to hand over. */
    public record Issued(long tokenId, String orgCode, String secret) {
    }

    private final JdbcTemplate jdbc;
    private final UserService users;
    private final AuditLog audit;
    private final Clock clock;

    public ApiTokens(JdbcTemplate jdbc, UserService users, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** A token for the organisation (its code in any case); the label says which program or office uses it. */
    @Transactional
    public Issued create(String organisation, String labelText, String actor) {
        String orgCode = organisation == null ? "" : organisation.strip().toUpperCase(Locale.ROOT);
        if (orgCode.isEmpty()) {
            throw new DnndException("Cần mã đơn vị của mã truy cập", "the token needs an organisation code");
        }
        users.requireOrganisation(orgCode);
        String label = labelText == null || labelText.isBlank() ? null
                : Normalizer.normalize(labelText.strip(), Normalizer.Form.NFC);
        if (label != null && label.codePointCount(0, label.length()) > MAX_LABEL_LENGTH) {
            throw new DnndException("Ghi chú dài quá " + MAX_LABEL_LENGTH + " ký tự",
                    "the label is longer than " + MAX_LABEL_LENGTH + " characters");
        }
        String secret = Secrets.apiToken();
        Long id = jdbc.queryForObject("""
                insert into api_token (org_code, token_sha256, label, created_by, created_at)
                values (?, ?, ?, ?, ?) returning token_id""", Long.class,
                orgCode, Sha256.of(secret.getBytes(java.nio.charset.StandardCharsets.US_ASCII)), label, actor,
                OffsetDateTime.now(clock));
        audit.record(actor, null, AuditLog.TOKEN_CREATE, "token:" + id, "org=" + orgCode);
        return new Issued(id, orgCode, secret);
    }

    public List<ApiToken> list() {
        return jdbc.query(LISTED + " order by token_id", ApiTokens::token);
    }

    public Optional<ApiToken> find(long tokenId) {
        return jdbc.query(LISTED + " where token_id = ?", ApiTokens::token, tokenId).stream().findFirst();
    }

    @Transactional
    public void revoke(long tokenId, String actor) {
        if (jdbc.update("update api_token set revoked_at = ? where token_id = ? and revoked_at is null",
                OffsetDateTime.now(clock), tokenId) != 1) {
            throw new DnndException("Không có mã truy cập đang dùng số " + tokenId, "no active token " + tokenId);
        }
        audit.record(actor, null, AuditLog.TOKEN_REVOKE, "token:" + tokenId, null);
    }

    /**
     * The submitter a presented secret stands for, or empty for an unknown or revoked token. When it was last
     * used is kept to the minute: a program uploading many files does not write the token's row each time.
     */
    public Optional<PortalUser> authenticate(String secret) {
        if (secret == null || !secret.startsWith("dnnd_") || secret.length() > 100) {
            return Optional.empty();
        }
        String sha256 = Sha256.of(secret.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        OffsetDateTime now = OffsetDateTime.now(clock);
        record Row(long id, String orgCode, OffsetDateTime lastUsed) {
        }
        Optional<Row> row = jdbc.query("""
                select token_id, org_code, last_used_at from api_token where token_sha256 = ? and revoked_at is null""",
                (rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class)), sha256)
                .stream().findFirst();
        // Written after the read, not inside its row callback: a nested write there holds a second pooled
        // connection per request, and fifty programs at once emptied the pool.
        row.filter(r -> r.lastUsed() == null || r.lastUsed().isBefore(now.minusMinutes(1)))
                .ifPresent(r -> jdbc.update("update api_token set last_used_at = ? where token_id = ?", now, r.id()));
        return row.map(r -> new PortalUser(0, "token:" + r.id(), Set.of(Role.SUBMITTER), Set.of(r.orgCode()), r.id()));
    }

    private static ApiToken token(ResultSet rs, int row) throws SQLException {
        return new ApiToken(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getObject(5, OffsetDateTime.class), rs.getObject(6, OffsetDateTime.class),
                rs.getObject(7, OffsetDateTime.class));
    }
}
