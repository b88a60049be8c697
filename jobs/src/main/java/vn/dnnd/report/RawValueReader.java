package vn.dnnd.report;

import java.time.OffsetDateTime;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.dnnd.reports.model.RawValueRow;
import vn.dnnd.reports.model.RowStream;
import vn.dnnd.system.NamedQueries;

/**
 * Every submitted value of the versions the published run read, handed over one row at a time. Read
 * through a server-side cursor ({@link #FETCH_SIZE} rows per round trip), so a million values never sit
 * in memory; the cursor needs the open transaction of a {@link ReportSnapshot}.
 */
@Repository
public class RawValueReader {

    static final int FETCH_SIZE = 2000;

    private final NamedParameterJdbcTemplate cursor;
    private final NamedQueries queries;

    public RawValueReader(DataSource dataSource, NamedQueries queries) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.setFetchSize(FETCH_SIZE);
        this.cursor = new NamedParameterJdbcTemplate(jdbc);
        this.queries = queries;
    }

    /** A stream that runs the query when consumed; consume it inside the report's snapshot. */
    public RowStream<RawValueRow> stream(ReportBasis basis) {
        return sink -> cursor.query(queries.get("report", "stream-raw-values"),
                new MapSqlParameterSource("run", basis.runId()), rs -> {
            sink.accept(new RawValueRow(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getBigDecimal(6), rs.getObject(7, Boolean.class), rs.getBoolean(8), rs.getString(9),
                    rs.getObject(10, OffsetDateTime.class)));
        });
    }
}
