package vn.dnnd.schedule.reminder;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.dnnd.referencedata.OrganisationKindLabel;
import vn.dnnd.reports.status.SubmissionStatus;
import vn.dnnd.reports.status.SubmissionStatus.State;

/**
 * Where each expected organisation (view {@code period_reporter}) stands for a period: an accepted
 * submission, only rejected files, or nothing; and every error of the rejected files.
 */
@Repository
public class ReminderQueries {

    static final String RECIPIENTS = """
            select r.org_id, r.code, r.name_vi, r.name_en, trim(o.contact_email) as email,
                   (select f.file_id from intake_file f
                     where f.org_code = r.code and f.period_code = r.period_code and f.outcome = 'rejected'
                     order by f.received_at desc, f.file_id desc limit 1) as rejected_file_id
              from period_reporter r
              join organisation o on o.org_id = r.org_id
             where r.period_code = ? and nullif(trim(o.contact_email), '') is not null
               and not exists (select 1 from submission s where s.org_id = r.org_id and s.period_code = r.period_code
                                  and s.status = 'accepted')
               and not exists (select 1 from reminder_mail m where m.period_code = r.period_code and m.reminder = ?
                                  and m.org_id = r.org_id)
             order by r.code
            """;

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcTemplate jdbc;

    public ReminderQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<SubmissionStatus.Organisation> organisations(String period) {
        return jdbc.query("""
                select r.code, r.name_vi, r.kind, coalesce(r.region_name_vi, '') as region_name_vi, o.contact_email,
                       s.received_at as submitted_at, s.on_time, f.file_name, f.received_at as rejected_at, f.error_count
                  from period_reporter r
                  join organisation o on o.org_id = r.org_id
                  left join submission s on s.org_id = r.org_id and s.period_code = r.period_code and s.status = 'accepted'
                  left join lateral (select * from intake_file f
                                      where f.org_code = r.code and f.period_code = r.period_code
                                        and f.outcome = 'rejected'
                                      order by f.received_at desc, f.file_id desc limit 1) f on true
                 where r.period_code = ?
                 order by case when s.submission_id is not null then 2 when f.file_id is not null then 0 else 1 end,
                          r.kind, r.name_vi
                """, (rs, i) -> new SubmissionStatus.Organisation(rs.getString("code"), rs.getString("name_vi"),
                OrganisationKindLabel.shortly(rs.getString("kind")), rs.getString("region_name_vi"),
                rs.getObject("submitted_at") != null ? State.SUBMITTED
                        : rs.getString("file_name") != null ? State.REJECTED : State.NOT_SUBMITTED,
                local(rs.getObject("submitted_at", OffsetDateTime.class)), (Boolean) rs.getObject("on_time"),
                rs.getString("file_name"), local(rs.getObject("rejected_at", OffsetDateTime.class)),
                rs.getInt("error_count"), rs.getString("contact_email")), period);
    }

    /** Every error of every file rejected for the period, file by file in the order received. */
    public List<SubmissionStatus.RejectedIssue> rejectedIssues(String period) {
        return issues("f.period_code = ?", period, Integer.MAX_VALUE);
    }

    /** The errors of one rejected file, at most {@code limit}. */
    public List<SubmissionStatus.RejectedIssue> errorsOf(long fileId, int limit) {
        return issues("f.file_id = ?", fileId, limit);
    }

    private List<SubmissionStatus.RejectedIssue> issues(String condition, Object argument, int limit) {
        return jdbc.query("""
                select f.file_name, f.received_at, f.org_code, v.sheet, v.cell_ref, v.line_no, v.indicator_code, v.rule,
                       v.message_vi, v.message_en
                  from intake_file f
                  join validation_issue v on v.file_id = f.file_id and v.severity = 'error'
                 where f.outcome = 'rejected' and %s
                 order by f.received_at, f.file_id, v.issue_id
                 limit ?
                """.formatted(condition), (rs, i) -> new SubmissionStatus.RejectedIssue(rs.getString("file_name"),
                local(rs.getObject("received_at", OffsetDateTime.class)), rs.getString("org_code"), rs.getString("sheet"),
                rs.getString("cell_ref"), (Integer) rs.getObject("line_no"), rs.getString("indicator_code"),
                rs.getString("rule"), rs.getString("message_vi"), rs.getString("message_en")), argument, limit);
    }

    private static LocalDateTime local(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(VIETNAM).toLocalDateTime();
    }
}
