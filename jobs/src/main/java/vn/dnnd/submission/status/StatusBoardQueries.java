package vn.dnnd.submission.status;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.dnnd.reports.model.Bilingual;
import vn.dnnd.reports.model.OrganisationKind;
import vn.dnnd.reports.status.BoardRegion;
import vn.dnnd.reports.status.BoardReview;
import vn.dnnd.reports.status.BoardRow;
import vn.dnnd.reports.status.BoardState;
import vn.dnnd.reports.text.VietnamTime;
import vn.dnnd.system.NamedQueries;

/** Reads the status board of a period: its expected reporters with their reports, and their regions. */
@Repository
class StatusBoardQueries {

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedQueries queries;

    StatusBoardQueries(NamedParameterJdbcTemplate jdbc, NamedQueries queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    /**
     * The reporters of {@code period}, narrowed by region code and kind when not null; {@code state} turns
     * the accepted submission's on-time verdict (null when there is none) into the board's state.
     */
    List<BoardRow> rows(String period, String region, OrganisationKind kind, Function<Boolean, BoardState> state) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("period", period).addValue("region", region)
                .addValue("kind", kind == null ? null : kind.code());
        return jdbc.query(queries.get("submission", "list-status-board"), parameters, (rs, i) -> {
            Integer version = (Integer) rs.getObject("version");
            Integer awaiting = rs.getObject("awaiting_version", Integer.class);
            // A version awaiting review is what the board speaks of; a return older than it is history.
            Integer returned = awaiting != null ? null : rs.getObject("returned_version", Integer.class);
            return new BoardRow(rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en"),
                    OrganisationKind.fromCode(rs.getString("kind")), region(rs), state.apply((Boolean) rs.getObject("on_time")),
                    version, vietnamTime(rs.getObject("received_at", OffsetDateTime.class)), rs.getString("channel"),
                    rs.getInt("rejected"), BoardReview.of(version != null, awaiting, returned), awaiting, returned,
                    returned == null ? null : rs.getString("returned_reason"));
        });
    }

    List<BoardRegion> regions(String period) {
        return jdbc.query(queries.get("submission", "list-status-regions"), new MapSqlParameterSource("period", period),
                (rs, i) -> new BoardRegion(rs.getString("code"), Bilingual.of(rs.getString("name_vi"), rs.getString("name_en"))));
    }

    private static BoardRegion region(ResultSet rs) throws SQLException {
        String code = rs.getString("region_code");
        return code == null ? null
                : new BoardRegion(code, Bilingual.of(rs.getString("region_name_vi"), rs.getString("region_name_en")));
    }

    /** Receipt times in Vietnam time (+07:00), as every page and file of the system shows them. */
    private static OffsetDateTime vietnamTime(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(VietnamTime.ZONE).toOffsetDateTime();
    }
}
