package vn.dnnd.schedule.reminder;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.dnnd.system.NamedQueries;

/** Reads what the mail about a returned version says, and records each mail in {@code review_mail}. */
@Repository
class ReturnedVersionStore {

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedQueries queries;

    ReturnedVersionStore(NamedParameterJdbcTemplate jdbc, NamedQueries queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    Optional<ReturnedVersion> returned(long decisionId) {
        return jdbc.query(queries.get("schedule", "find-returned-version"), new MapSqlParameterSource("decision", decisionId),
                (rs, n) -> new ReturnedVersion(rs.getLong("org_id"), rs.getString("code"), rs.getString("name_vi"),
                        rs.getString("name_en"), rs.getString("period_name_vi"), rs.getString("period_name_en"),
                        rs.getObject("due_on", LocalDate.class), rs.getObject("locks_on", LocalDate.class),
                        rs.getInt("version"), rs.getString("source_file_name"),
                        rs.getObject("received_at", OffsetDateTime.class), rs.getString("reason"),
                        rs.getString("decided_by"), rs.getObject("decided_at", OffsetDateTime.class),
                        rs.getObject("counted_version", Integer.class), rs.getString("email"))).stream().findFirst();
    }

    /** One row per decision: a second record of the same decision changes nothing. */
    void record(long decisionId, long orgId, String email, String status, String error, OffsetDateTime at) {
        jdbc.update(queries.get("schedule", "record-review-mail"), new MapSqlParameterSource("decision", decisionId)
                .addValue("orgId", orgId).addValue("email", email).addValue("status", status)
                .addValue("error", error == null || error.length() <= 2000 ? error : error.substring(0, 2000))
                .addValue("at", at));
    }
}
