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

    /**
     * One line per single file and per part of a multi-organisation file (its organisation and period),
     * and one per multi-organisation file found to be a duplicate as a whole.
     */
    public List<IngestSummary.FileOutcome> of(long jobExecutionId) {
        return ofRuns(List.of(jobExecutionId));
    }

    /**
     * The same for several ingest runs, each with the earlier executions of its job instance: a run
     * resumed after its process was killed took part of the files in the killed execution.
     */
    public List<IngestSummary.FileOutcome> ofRuns(List<Long> jobExecutionIds) {
        Long[] ids = jdbc.queryForList("""
                select distinct e.job_execution_id from batch_job_execution r
                join batch_job_execution e on e.job_instance_id = r.job_instance_id and e.job_execution_id <= r.job_execution_id
                where r.job_execution_id = any (?)
                union
                select unnest(?::bigint[])
                """, Long.class, jobExecutionIds.toArray(Long[]::new), jobExecutionIds.toArray(Long[]::new))
                .toArray(Long[]::new);
        return jdbc.query("""
                select * from (
                    select f.file_name, f.outcome, f.org_code, f.period_code, s.version, s.on_time, f.error_count,
                           f.warning_count, i.message_vi, i.message_en, f.archived_path, f.error_report_path, f.file_id
                    from intake_file f
                    left join submission s on s.submission_id = f.submission_id
                    left join lateral (
                        select message_vi, message_en from validation_issue v where v.file_id = f.file_id
                        order by (v.severity = 'error') desc, v.issue_id limit 1
                    ) i on true
                    where f.job_execution_id = any (?)
                    union all
                    select b.file_name, b.outcome, null, null, null, null, 0, 1,
                           'Cảnh báo: tệp ' || b.file_name || ': nội dung giống hệt tệp ' || o.file_name
                               || ' đã nhận trước đó; tệp này được bỏ qua, không thay đổi dữ liệu [quy tắc: tệp trùng]',
                           'Warning: file ' || b.file_name || ': identical to ' || o.file_name
                               || ' received before; this file was skipped and changed nothing [rule: duplicate_file]',
                           b.archived_path, null, 0
                    from intake_bundle b join intake_bundle o on o.bundle_id = b.duplicate_of
                    where b.job_execution_id = any (?) and b.outcome = 'duplicate'
                ) r order by r.file_id
                """, (rs, n) -> new IngestSummary.FileOutcome(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), (Integer) rs.getObject(5), (Boolean) rs.getObject(6), rs.getInt(7), rs.getInt(8),
                rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12)), ids, ids);
    }
}
