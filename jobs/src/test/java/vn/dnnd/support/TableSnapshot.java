package vn.dnnd.support;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every row of the reference tables, in a stable order, to compare before and after a load. */
public final class TableSnapshot {

    private TableSnapshot() {
    }

    public static Map<String, List<Map<String, Object>>> reference(JdbcTemplate jdbc) {
        return Map.of(
                "task", jdbc.queryForList("select * from task order by task_no"),
                "region", jdbc.queryForList("select * from region order by region_id"),
                "organisation", jdbc.queryForList("select * from organisation order by code, valid_from"),
                "indicator", jdbc.queryForList("select code, task_no, name_vi, name_en, definition_vi, value_type, "
                        + "aggregation, numerator_code, denominator_code, array_to_string(reporter_kinds, ';') kinds, "
                        + "required, at_most_code, sort_order from indicator order by code"),
                "reporting_period", jdbc.queryForList("select * from reporting_period order by code"));
    }
}
