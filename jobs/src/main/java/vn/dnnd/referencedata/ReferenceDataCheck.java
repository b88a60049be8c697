package vn.dnnd.referencedata;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.dnnd.system.DnndException;
import vn.dnnd.system.NamedQueries;

/**
 * The jobs that read the reference data (ingestJob, computeJob, renderJob) refuse to start on a database
 * where {@code reference load} never ran, and say what to run, instead of failing on every file ("Unable to
 * process chunk") or reporting the period as unknown. As a listener it fails the job before its first step.
 */
@Component
public class ReferenceDataCheck implements JobExecutionListener {

    private final JdbcTemplate jdbc;
    private final NamedQueries queries;

    public ReferenceDataCheck(JdbcTemplate jdbc, NamedQueries queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    public void requireLoaded() {
        Boolean loaded = jdbc.queryForObject(queries.get("referencedata", "has-reference-data"), Boolean.class);
        if (!Boolean.TRUE.equals(loaded)) {
            throw notLoaded();
        }
    }

    @Override
    public void beforeJob(JobExecution execution) {
        requireLoaded();
    }

    public static DnndException notLoaded() {
        return new DnndException("Chưa có dữ liệu danh mục (tổ chức, chỉ tiêu, kỳ báo cáo); hãy chạy `reference load` trước",
                "no reference data yet; run `reference load` first");
    }
}
