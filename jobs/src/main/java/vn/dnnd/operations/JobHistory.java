package vn.dnnd.operations;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.dnnd.system.NamedQueries;

/**
 * Recent job executions for {@code jobs list}: status, parameters, duration, counts, the schedule if any and the
 * node that ran it.
 */
@Repository
public class JobHistory {

    /** One execution as listed; counts are summed over its steps. */
    public record Entry(long executionId, String jobName, String status, LocalDateTime startTime, LocalDateTime endTime,
                        long readCount, long writeCount, long skipCount, String parameters, String scheduleName,
                        String node) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedQueries queries;

    public JobHistory(NamedParameterJdbcTemplate jdbc, NamedQueries queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    public List<Entry> recent(String jobName, int limit) {
        return jdbc.query(queries.get("schedule", "list-recent-executions"),
                new MapSqlParameterSource("jobName", jobName).addValue("limit", limit),
                (rs, i) -> new Entry(rs.getLong("job_execution_id"), rs.getString("job_name"), rs.getString("status"),
                rs.getObject("start_time", LocalDateTime.class), rs.getObject("end_time", LocalDateTime.class),
                rs.getLong("read_count"), rs.getLong("write_count"), rs.getLong("skip_count"), rs.getString("parameters"),
                rs.getString("schedule_name"), rs.getString("node")));
    }
}
