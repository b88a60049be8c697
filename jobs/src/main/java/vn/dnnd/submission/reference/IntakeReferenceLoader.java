package vn.dnnd.submission.reference;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.dnnd.referencedata.ReferenceDataCheck;
import vn.dnnd.referencedata.ReportingPeriod;
import vn.dnnd.system.NamedQueries;

/** Reads organisations, periods, the indicator catalogue and the opened locked periods for one intake run. */
@Repository
public class IntakeReferenceLoader {

    private final JdbcTemplate jdbc;
    private final NamedQueries queries;

    public IntakeReferenceLoader(JdbcTemplate jdbc, NamedQueries queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    public IntakeReference load() {
        // Read by position: a DataClassRowMapper looks every column up by several spellings of its
        // name and the driver builds a translated exception for each miss, which for 10,000
        // organisations cost more than the query (bench ingest loads the reference several times a run).
        List<Reporter> reporters = jdbc.query(queries.get("submission", "load-reporters"),
                IntakeReferenceLoader::reporter);
        List<ReportingPeriod> periods = jdbc.query(queries.get("submission", "load-periods"),
                new DataClassRowMapper<>(ReportingPeriod.class));
        List<IndicatorDefinition> indicators = jdbc.query(queries.get("submission", "load-indicators"),
                IntakeReferenceLoader::indicator);
        if (periods.isEmpty() || indicators.isEmpty()) {
            throw ReferenceDataCheck.notLoaded();
        }
        Map<String, LocalDate> openUntil = new HashMap<>();
        jdbc.query("""
                select o.code || ':' || u.period_code, max(u.open_until) from period_unlock u
                join organisation o on o.org_id = u.org_id group by 1""",
                rs -> {
                    openUntil.put(rs.getString(1), rs.getObject(2, LocalDate.class));
                });
        return new IntakeReference(reporters, periods, indicators, openUntil);
    }

    private static Reporter reporter(ResultSet rs, int row) throws SQLException {
        return new Reporter(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getString(8),
                rs.getString(9), rs.getString(10), rs.getString(11));
    }

    private static IndicatorDefinition indicator(ResultSet rs, int row) throws SQLException {
        Array kinds = rs.getArray("reporter_kinds");
        return new IndicatorDefinition(rs.getString("code"), rs.getInt("task_no"), rs.getString("name_vi"),
                rs.getString("name_en"), rs.getString("unit_vi"), rs.getString("unit_en"), rs.getString("value_type"),
                rs.getBoolean("derived"), Arrays.asList((String[]) kinds.getArray()), rs.getBoolean("required"),
                rs.getString("at_most_code"), rs.getInt("sort_order"), rs.getDate("valid_from").toLocalDate(),
                rs.getDate("valid_to") == null ? null : rs.getDate("valid_to").toLocalDate(),
                rs.getString("definition_vi"), rs.getString("numerator_code"), rs.getString("denominator_code"));
    }
}
