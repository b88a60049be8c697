package vn.dnnd.support;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dnnd.reports.text.VietnamTime;

/**
 * Hand-built submissions written straight into the collected tables, following the intake contract:
 * one accepted version per organisation and period (an earlier one becomes superseded), the
 * organisation version in existence on the period's last day, on_time = received by the due date
 * (Vietnam time), one submission_value row per answered or not-applicable indicator.
 */
public final class SubmissionFixture {

    private final JdbcTemplate jdbc;

    public SubmissionFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new accepted version, received on time (five days before the due date). */
    public Submission submit(String orgCode, String period) {
        long orgId = jdbc.queryForObject("""
                select h.org_id from organisation_history h join reporting_period p on h.validity @> p.ends_on
                where h.code = ? and p.code = ?""", Long.class, orgCode, period);
        LocalDate due = jdbc.queryForObject("select due_on from reporting_period where code = ?", LocalDate.class, period);
        Long previous = jdbc.query("""
                select submission_id from submission where org_id = ? and period_code = ? and status = 'accepted'""",
                rs -> rs.next() ? rs.getLong(1) : null, orgId, period);
        OffsetDateTime received = due.minusDays(5).atTime(10, 0).atZone(VietnamTime.ZONE).toOffsetDateTime();
        jdbc.update("update submission set status = 'superseded', superseded_at = ? where submission_id = ?",
                received, previous);
        int version = jdbc.queryForObject("select coalesce(max(version), 0) + 1 from submission where org_id = ? and period_code = ?",
                Integer.class, orgId, period);
        long id = jdbc.queryForObject("""
                insert into submission (org_id, period_code, version, status, channel, source_file_name, sha256,
                                        received_at, submitted_by, on_time, supersedes_id)
                values (?, ?, ?, 'accepted', 'json', ?, ?, ?, 'fixture', true, ?) returning submission_id""",
                Long.class, orgId, period, version, orgCode + "-" + period + "-v" + version + ".json",
                sha256(orgCode + "|" + period + "|" + version), received, previous);
        return new Submission(id, due);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One submission version; each method writes at once. */
    public final class Submission {

        private final long id;
        private final LocalDate due;

        private Submission(long id, LocalDate due) {
            this.id = id;
            this.due = due;
        }

        public long id() {
            return id;
        }

        /** Received three days after the due date. */
        public Submission late() {
            jdbc.update("update submission set on_time = false, received_at = ? where submission_id = ?",
                    due.plusDays(3).atTime(9, 30).atZone(VietnamTime.ZONE).toOffsetDateTime(), id);
            return this;
        }

        public Submission number(String indicator, long value) {
            return number(indicator, BigDecimal.valueOf(value));
        }

        public Submission number(String indicator, BigDecimal value) {
            return insert(indicator, value, null, false);
        }

        public Submission yes(String indicator) {
            return insert(indicator, null, true, false);
        }

        public Submission no(String indicator) {
            return insert(indicator, null, false, false);
        }

        public Submission notApplicable(String indicator) {
            return insert(indicator, null, null, true);
        }

        private Submission insert(String indicator, BigDecimal number, Boolean yes, boolean notApplicable) {
            jdbc.update("""
                    insert into submission_value (submission_id, indicator_code, numeric_value, boolean_value, not_applicable,
                                                  period_code)
                    select ?, ?, ?, ?, ?, period_code from submission where submission_id = ?""",
                    id, indicator, number, yes, notApplicable, id);
            return this;
        }
    }
}
