package vn.dnnd.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.dnnd.reports.model.NarrativePart;
import vn.dnnd.reports.model.NarrativeRow;
import vn.dnnd.reports.model.OrganisationStatus;
import vn.dnnd.system.NamedQueries;

/**
 * The narratives (achievements, limitations, causes, lessons, proposals per task) of the submission versions
 * the published run read, as submitted, in the order of the reporters, then by task and section (in the
 * order of a review report).
 */
@Repository
public class NarrativeReader {

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedQueries queries;

    public NarrativeReader(NamedParameterJdbcTemplate jdbc, NamedQueries queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    public List<NarrativeRow> read(ReportBasis basis) {
        Map<String, OrganisationStatus> reporters = new HashMap<>();
        Map<String, Integer> position = new HashMap<>();
        for (OrganisationStatus status : basis.statuses()) {
            reporters.put(status.code(), status);
            position.put(status.code(), position.size());
        }
        List<NarrativeRow> rows = new ArrayList<>();
        jdbc.query(queries.get("report", "list-narratives"), new MapSqlParameterSource("run", basis.runId()), rs -> {
            OrganisationStatus author = reporters.get(rs.getString(1));
            if (author != null) {
                rows.add(new NarrativeRow(author.code(), author.name(), author.region(), rs.getInt(2),
                        NarrativePart.valueOf(rs.getString(3).toUpperCase(Locale.ROOT)), rs.getString(4)));
            }
        });
        rows.sort(Comparator.comparingInt((NarrativeRow row) -> position.get(row.organisationCode()))
                .thenComparingInt(NarrativeRow::taskNo).thenComparingInt(row -> row.section().place()));
        return rows;
    }
}
