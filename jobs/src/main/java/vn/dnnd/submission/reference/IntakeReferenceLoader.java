package vn.dnnd.submission.reference;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.dnnd.referencedata.ReferenceDataCheck;

/** Reads organisations, periods and the indicator catalogue for one intake run. */
@Repository
public class IntakeReferenceLoader {

    private final JdbcTemplate jdbc;

    public IntakeReferenceLoader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public IntakeReference load() {
        List<Reporter> reporters = jdbc.query("""
                select o.org_id, o.code, o.valid_from, o.valid_to, o.kind, o.subtype, o.reports, o.name_vi, o.name_en,
                       s.code as successor_code, s.name_vi as successor_name_vi
                from organisation o left join organisation s on s.org_id = o.successor_id
                order by o.code, o.valid_from
                """, new DataClassRowMapper<>(Reporter.class));
        List<Period> periods = jdbc.query("""
                select code, kind, starts_on, ends_on, due_on, locks_on, name_vi, name_en
                from reporting_period order by code
                """, new DataClassRowMapper<>(Period.class));
        List<IndicatorDefinition> indicators = jdbc.query("""
                select code, task_no, name_vi, name_en, unit_vi, unit_en, value_type, numerator_code is not null as derived,
                       reporter_kinds, required, at_most_code, sort_order, valid_from, valid_to, definition_vi,
                       numerator_code, denominator_code
                from indicator order by task_no, sort_order
                """, IntakeReferenceLoader::indicator);
        if (periods.isEmpty() || indicators.isEmpty()) {
            throw ReferenceDataCheck.notLoaded();
        }
        return new IntakeReference(reporters, periods, indicators);
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
