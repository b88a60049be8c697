package vn.dnnd.report;

import java.time.OffsetDateTime;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.dnnd.reports.model.RawValueRow;
import vn.dnnd.reports.model.RowStream;

/**
 * Every submitted value of the versions the published run read, handed over one row at a time. Read
 * through a server-side cursor ({@link #FETCH_SIZE} rows per round trip), so a million values never sit
 * in memory; the cursor needs the open transaction of a {@link ReportSnapshot}.
 */
@Repository
public class RawValueReader {

    static final int FETCH_SIZE = 2000;

    private final JdbcTemplate cursor;

    public RawValueReader(DataSource dataSource) {
        this.cursor = new JdbcTemplate(dataSource);
        cursor.setFetchSize(FETCH_SIZE);
    }

    /** A stream that runs the query when consumed; consume it inside the report's snapshot. */
    public RowStream<RawValueRow> stream(ReportBasis basis) {
        return sink -> cursor.query("""
                select s.submission_id, s.version, o.code, o.name_vi, v.indicator_code, v.numeric_value,
                       v.boolean_value, v.not_applicable, v.note, s.received_at
                from compute_run_submission c
                join submission s on s.submission_id = c.submission_id
                join organisation o on o.org_id = s.org_id
                join submission_value v on v.submission_id = s.submission_id
                join indicator i on i.code = v.indicator_code
                where c.run_id = ?
                order by o.code, i.task_no, i.sort_order""", rs -> {
            sink.accept(new RawValueRow(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getBigDecimal(6), rs.getObject(7, Boolean.class), rs.getBoolean(8), rs.getString(9),
                    rs.getObject(10, OffsetDateTime.class)));
        }, basis.runId());
    }
}
