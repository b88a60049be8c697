package vn.dnnd.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Versions as the review leaves them, written straight into the collected tables like {@link SubmissionFixture}:
 * a new version awaiting review, or one a reviewer returned with a reason (a {@code review_decision} row). The
 * version that counted before, if any, keeps counting, as ReviewService leaves it.
 */
public final class ReviewFixture {

    /** When the fixture's versions were received (five days before the 2025 due date) and decided. */
    public static final OffsetDateTime RECEIVED = OffsetDateTime.parse("2025-12-10T09:00:00+07:00");
    public static final OffsetDateTime DECIDED = OffsetDateTime.parse("2025-12-11T15:30:00+07:00");

    private final JdbcTemplate jdbc;

    public ReviewFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new version of the organisation's report for the period, awaiting review; its id. */
    public long awaiting(String orgCode, String period) {
        long orgId = jdbc.queryForObject("""
                select h.org_id from organisation_history h join reporting_period p on h.validity @> p.ends_on
                where h.code = ? and p.code = ?""", Long.class, orgCode, period);
        int version = jdbc.queryForObject("select coalesce(max(version), 0) + 1 from submission where org_id = ? and period_code = ?",
                Integer.class, orgId, period);
        return jdbc.queryForObject("""
                insert into submission (org_id, period_code, version, status, channel, source_file_name, sha256,
                                        received_at, submitted_by, on_time)
                values (?, ?, ?, 'awaiting', 'csv', ?, ?, ?, 'fixture', true) returning submission_id""",
                Long.class, orgId, period, version, orgCode.toLowerCase() + "-" + period + "-v" + version + ".csv",
                sha256("review|" + orgCode + "|" + period + "|" + version), RECEIVED);
    }

    /** A new version the reviewer returned for correction with this reason; its id. */
    public long returned(String orgCode, String period, String reason, String reviewer) {
        long id = awaiting(orgCode, period);
        jdbc.update("update submission set status = 'returned' where submission_id = ?", id);
        jdbc.update("""
                insert into review_decision (submission_id, decision, from_status, to_status, reason, decided_by, decided_at)
                values (?, 'return', 'awaiting', 'returned', ?, ?, ?)""", id, reason, reviewer, DECIDED);
        return id;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
