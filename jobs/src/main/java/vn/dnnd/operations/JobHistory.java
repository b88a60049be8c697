package vn.dnnd.operations;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Recent job executions for {@code jobs list}: status, parameters, duration, counts, and the schedule if any. */
@Repository
public class JobHistory {

    /** One execution as listed; counts are summed over its steps. */
    public record Entry(long executionId, String jobName, String status, LocalDateTime startTime, LocalDateTime endTime,
                        long readCount, long writeCount, long skipCount, String parameters, String scheduleName) {
    }

    private final JdbcTemplate jdbc;

    public JobHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Entry> recent(String jobName, int limit) {
        return jdbc.query("""
                select e.job_execution_id, i.job_name, e.status, e.start_time, e.end_time,
                       coalesce((select sum(s.read_count) from batch_step_execution s
                                  where s.job_execution_id = e.job_execution_id), 0) as read_count,
                       coalesce((select sum(s.write_count) from batch_step_execution s
                                  where s.job_execution_id = e.job_execution_id), 0) as write_count,
                       coalesce((select sum(s.read_skip_count + s.process_skip_count + s.write_skip_count)
                                   from batch_step_execution s where s.job_execution_id = e.job_execution_id), 0) as skip_count,
                       coalesce((select string_agg(p.parameter_name || '=' || coalesce(p.parameter_value, ''), ', '
                                                   order by p.parameter_name)
                                   from batch_job_execution_params p where p.job_execution_id = e.job_execution_id), '')
                           as parameters,
                       (select r.schedule_name from schedule_run r where r.job_execution_id = e.job_execution_id
                         limit 1) as schedule_name
                  from batch_job_execution e
                  join batch_job_instance i on i.job_instance_id = e.job_instance_id
                 where ?::text is null or i.job_name = ?
                 order by e.job_execution_id desc
                 limit ?
                """, (rs, i) -> new Entry(rs.getLong("job_execution_id"), rs.getString("job_name"), rs.getString("status"),
                rs.getObject("start_time", LocalDateTime.class), rs.getObject("end_time", LocalDateTime.class),
                rs.getLong("read_count"), rs.getLong("write_count"), rs.getLong("skip_count"), rs.getString("parameters"),
                rs.getString("schedule_name")), jobName, jobName, limit);
    }
}
