package vn.dnnd.report;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import vn.dnnd.reports.model.SourceSubmission;
import vn.dnnd.system.DnndException;
import vn.dnnd.system.NamedQueries;

/** The reads renderJob shares between its steps: the period's published run and the submissions behind it. */
final class EditionQueries {

    private EditionQueries() {
    }

    /** The period's published compute run; a period never computed (or unknown) is refused with what to do. */
    static long publishedRun(NamedParameterJdbcTemplate jdbc, String period) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("period", period);
        Integer known = jdbc.queryForObject("select count(*) from reporting_period where code = :period", parameters,
                Integer.class);
        if (known == null || known == 0) {
            throw new DnndException("Không có kỳ báo cáo " + period, "no reporting period " + period);
        }
        List<Long> runs = jdbc.queryForList(
                "select run_id from compute_run where period_code = :period and status = 'completed'", parameters, Long.class);
        if (runs.isEmpty()) {
            throw new DnndException("Kỳ " + period + " chưa có kết quả tính đã công bố; hãy chạy compute --period "
                    + period + " trước", "period " + period + " has no published compute run; run compute --period "
                    + period + " first");
        }
        return runs.get(0);
    }

    /** The accepted submission versions the run read, by organisation code. */
    static List<SourceSubmission> sources(NamedParameterJdbcTemplate jdbc, NamedQueries queries, long runId) {
        return jdbc.query(queries.get("report", "list-run-submissions"), new MapSqlParameterSource("run", runId),
                (rs, n) -> new SourceSubmission(rs.getLong(1),
                rs.getString(2), rs.getInt(3), rs.getObject(4, OffsetDateTime.class)));
    }
}
