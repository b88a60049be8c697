package vn.dnnd.schedule.reminder;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.dnnd.referencedata.OrganisationKindLabel;
import vn.dnnd.reports.status.SubmissionStatus;
import vn.dnnd.reports.text.VietnamTime;
import vn.dnnd.system.NamedQueries;

/**
 * Where each expected organisation (view {@code period_reporter}) stands for a period: an accepted
 * submission, a version awaiting review, its latest version returned by a reviewer, only rejected files, or
 * nothing; and every error of the rejected files.
 */
@Repository
public class ReminderQueries {

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedQueries queries;

    public ReminderQueries(NamedParameterJdbcTemplate jdbc, NamedQueries queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    public List<SubmissionStatus.Organisation> organisations(String period) {
        return jdbc.query(queries.get("schedule", "list-reporter-statuses"), new MapSqlParameterSource("period", period),
                (rs, i) -> {
                    Integer awaiting = rs.getObject("awaiting_version", Integer.class);
                    Integer returned = rs.getObject("returned_version", Integer.class);
                    return new SubmissionStatus.Organisation(rs.getString("code"), rs.getString("name_vi"),
                            OrganisationKindLabel.shortly(rs.getString("kind")), rs.getString("region_name_vi"),
                            SubmissionStatus.Organisation.state(rs.getObject("submitted_at") != null, awaiting, returned,
                                    rs.getString("file_name") != null),
                            local(rs.getObject("submitted_at", OffsetDateTime.class)), (Boolean) rs.getObject("on_time"),
                            rs.getString("file_name"), local(rs.getObject("rejected_at", OffsetDateTime.class)),
                            rs.getInt("error_count"), rs.getString("contact_email"), awaiting, returned,
                            rs.getString("returned_reason"));
                });
    }

    /** Every error of every file rejected for the period, file by file in the order received. */
    public List<SubmissionStatus.RejectedIssue> rejectedIssues(String period) {
        return issues("f.period_code = :period", new MapSqlParameterSource("period", period), Integer.MAX_VALUE);
    }

    /** The errors of one rejected file, at most {@code limit}. */
    public List<SubmissionStatus.RejectedIssue> errorsOf(long fileId, int limit) {
        return issues("f.file_id = :fileId", new MapSqlParameterSource("fileId", fileId), limit);
    }

    private List<SubmissionStatus.RejectedIssue> issues(String condition, MapSqlParameterSource parameters, int limit) {
        return jdbc.query(queries.get("schedule", "list-rejected-issues").formatted(condition),
                parameters.addValue("limit", limit), (rs, i) -> new SubmissionStatus.RejectedIssue(rs.getString("file_name"),
                local(rs.getObject("received_at", OffsetDateTime.class)), rs.getString("org_code"), rs.getString("sheet"),
                rs.getString("cell_ref"), (Integer) rs.getObject("line_no"), rs.getString("indicator_code"),
                rs.getString("rule"), rs.getString("message_vi"), rs.getString("message_en")));
    }

    private static LocalDateTime local(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(VietnamTime.ZONE).toLocalDateTime();
    }
}
