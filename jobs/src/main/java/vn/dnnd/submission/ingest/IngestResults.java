package vn.dnnd.submission.ingest;

import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.dnnd.system.NamedQueries;

/** Reads back, from intake_file, what a run did with each file. */
@Repository
public class IngestResults {

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedQueries queries;

    public IngestResults(NamedParameterJdbcTemplate jdbc, NamedQueries queries) {
        this.jdbc = jdbc;
        this.queries = queries;
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
        Long[] ids = jdbc.queryForList(queries.get("submission", "list-resumed-executions"),
                        new MapSqlParameterSource("ids", jobExecutionIds.toArray(Long[]::new)), Long.class)
                .toArray(Long[]::new);
        return jdbc.query(queries.get("submission", "list-file-outcomes"), new MapSqlParameterSource("ids", ids),
                (rs, n) -> new IngestSummary.FileOutcome(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), (Integer) rs.getObject(5), (Boolean) rs.getObject(6), rs.getInt(7), rs.getInt(8),
                rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12)));
    }
}
