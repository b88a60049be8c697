package vn.dnnd.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every published row of a period as one line of text each, without run ids, in a stable order: the
 * indicator values, completeness and task scores of an annual period, the series of a review period,
 * on both views. Numbers are written exactly as stored (scale included), null as {@code \N}.
 */
final class PublishedFiguresDump {

    private static final List<String> QUERIES = List.of("""
            select 'indicator_value', indicator_code, scope_kind, scope_code, hierarchy, value, numerator, denominator,
                   reporters, expected, not_applicable, previous_value, change
            from indicator_value where period_code = ? order by scope_kind, scope_code, hierarchy, indicator_code""", """
            select 'completeness', scope_kind, scope_code, hierarchy, expected, submitted, on_time, late, missing
            from completeness where period_code = ? order by scope_kind, scope_code, hierarchy""", """
            select 'task_score', task_no, scope_kind, scope_code, hierarchy, score, rank, coverage, members, ranked
            from task_score where period_code = ? order by scope_kind, scope_code, hierarchy, task_no""", """
            select 'indicator_series', year_code, indicator_code, scope_kind, scope_code, hierarchy, value, numerator,
                   denominator, reporters, expected, not_applicable
            from indicator_series where period_code = ?
            order by scope_kind, scope_code, hierarchy, indicator_code, year_code""");

    private PublishedFiguresDump() {
    }

    static List<String> of(JdbcTemplate jdbc, String period) {
        List<String> lines = new ArrayList<>();
        for (String query : QUERIES) {
            jdbc.query(query, rs -> {
                List<String> cells = new ArrayList<>();
                cells.add(period);
                for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                    Object cell = rs.getObject(c);
                    cells.add(cell == null ? "\\N" : cell instanceof BigDecimal d ? d.toPlainString() : cell.toString());
                }
                lines.add(cells.stream().collect(Collectors.joining("\t")));
            }, period);
        }
        return lines;
    }
}
