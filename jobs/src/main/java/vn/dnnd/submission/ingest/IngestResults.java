package vn.dnnd.submission.ingest;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads back, from intake_file, what a run did with each file. */
@Repository
public class IngestResults {

    private final JdbcTemplate jdbc;

    public IngestResults(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<IngestSummary.FileOutcome> of(long jobExecutionId) {
        return jdbc.query("""
                select f.file_name, f.outcome, f.org_code, f.period_code, s.version, s.on_time, f.error_count,
                       f.warning_count, i.message_vi, i.message_en, f.archived_path, f.error_report_path
                from intake_file f
                left join submission s on s.submission_id = f.submission_id
                left join lateral (
                    select message_vi, message_en from validation_issue v where v.file_id = f.file_id
                    order by (v.severity = 'error') desc, v.issue_id limit 1
                ) i on true
                where f.job_execution_id = ?
                order by f.file_id
                """, (rs, n) -> new IngestSummary.FileOutcome(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), (Integer) rs.getObject(5), (Boolean) rs.getObject(6), rs.getInt(7), rs.getInt(8),
                rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12)), jobExecutionId);
    }
}
