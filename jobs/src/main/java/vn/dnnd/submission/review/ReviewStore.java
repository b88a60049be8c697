package vn.dnnd.submission.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.dnnd.system.NamedQueries;

/** The SQL of the review; every call runs in the caller's transaction. */
@Repository
class ReviewStore {

    /** A version as its decision needs it, read after its organisation and period are locked. */
    record Target(long submissionId, long orgId, String orgCode, String periodCode, int version, String status,
                  Long supersedesId) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedQueries queries;

    ReviewStore(NamedParameterJdbcTemplate jdbc, NamedQueries queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    List<ReviewVersion> versions(String period, String state, List<String> orgCodes) {
        return versions(period, state, orgCodes, null);
    }

    Optional<ReviewVersion> version(long submissionId) {
        return versions(null, null, List.of(), submissionId).stream().findFirst();
    }

    private List<ReviewVersion> versions(String period, String state, List<String> orgCodes, Long id) {
        return jdbc.query(queries.get("submission", "list-review-versions"), new MapSqlParameterSource("period", period)
                .addValue("state", state == null ? "" : state).addValue("id", id)
                .addValue("orgCodes", orgCodes.toArray(String[]::new)), (rs, n) -> new ReviewVersion(rs.getLong(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6), rs.getString(7),
                rs.getObject(8, OffsetDateTime.class), rs.getBoolean(9), rs.getString(10), rs.getString(11), rs.getInt(12),
                rs.getString(13), rs.getString(14), rs.getString(15), rs.getObject(16, OffsetDateTime.class)));
    }

    Optional<Target> target(long submissionId, boolean forUpdate) {
        return jdbc.query("""
                select s.submission_id, s.org_id, o.code, s.period_code, s.version, s.status, s.supersedes_id
                from submission s join organisation o on o.org_id = s.org_id where s.submission_id = :id"""
                + (forUpdate ? " for update of s" : ""), new MapSqlParameterSource("id", submissionId),
                (rs, n) -> new Target(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getString(6), rs.getObject(7, Long.class))).stream().findFirst();
    }

    /**
     * The same lock intake takes for an organisation and period (IngestStore.lockOrganisationPeriods): a decision
     * and an upload of the same report, or two decisions, follow one another.
     */
    void lockOrganisationPeriod(long orgId, String periodCode) {
        jdbc.query("select pg_advisory_xact_lock(hashtextextended(:key, 0))",
                new MapSqlParameterSource("key", orgId + ":" + periodCode), rs -> { });
    }

    Optional<Long> versionIn(long orgId, String periodCode, String status) {
        return jdbc.queryForList("""
                select submission_id from submission where org_id = :org and period_code = :period and status = :status""",
                new MapSqlParameterSource("org", orgId).addValue("period", periodCode).addValue("status", status),
                Long.class).stream().findFirst();
    }

    void setStatus(long submissionId, ReviewState status, OffsetDateTime supersededAt) {
        jdbc.update("update submission set status = :status, superseded_at = :supersededAt where submission_id = :id",
                new MapSqlParameterSource("status", status.code()).addValue("supersededAt", supersededAt)
                        .addValue("id", submissionId));
    }

    /** On acceptance: the version that counted until then (null for none), which a reopening makes count again. */
    void setSupersedes(long submissionId, Long supersedesId) {
        jdbc.update("update submission set supersedes_id = :supersedes where submission_id = :id",
                new MapSqlParameterSource("supersedes", supersedesId).addValue("id", submissionId));
    }

    /** Records a decision and returns its id. */
    long recordDecision(long submissionId, ReviewDecision decision, String from, String to, String reason, String actor,
                        OffsetDateTime at) {
        return jdbc.queryForObject("""
                insert into review_decision (submission_id, decision, from_status, to_status, reason, decided_by, decided_at)
                values (:id, :decision, :from, :to, :reason, :actor, :at) returning decision_id""",
                new MapSqlParameterSource("id", submissionId).addValue("decision", decision.code()).addValue("from", from)
                        .addValue("to", to).addValue("reason", reason).addValue("actor", actor).addValue("at", at),
                Long.class);
    }

    /** The latest decision on a version: who took it and when, to tell a reviewer who came second. */
    Optional<String> lastDecider(long submissionId) {
        return jdbc.query("""
                select decided_by || ', ' || to_char(decided_at, 'DD/MM/YYYY HH24:MI') from review_decision
                where submission_id = :id order by decision_id desc limit 1""",
                new MapSqlParameterSource("id", submissionId), (rs, n) -> rs.getString(1)).stream().findFirst();
    }

    Optional<LocalDate> locksOn(String periodCode) {
        return jdbc.queryForList("select locks_on from reporting_period where code = :code",
                new MapSqlParameterSource("code", periodCode), LocalDate.class).stream().findFirst();
    }

    /** The last day an administrator opened the organisation's period until, if ever. */
    Optional<LocalDate> openUntil(long orgId, String periodCode) {
        return Optional.ofNullable(jdbc.queryForObject("""
                select max(u.open_until) from period_unlock u join organisation o on o.org_id = u.org_id
                where o.code = (select code from organisation where org_id = :org) and u.period_code = :period""",
                new MapSqlParameterSource("org", orgId).addValue("period", periodCode), LocalDate.class));
    }
}
