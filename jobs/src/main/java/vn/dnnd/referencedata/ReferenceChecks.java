package vn.dnnd.referencedata;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * Checks that need the whole staged file set: duplicates, references between files (regions,
 * successors, tasks, numerators) and overlapping validity. Each query returns file, line, message.
 */
final class ReferenceChecks {

    private static final RowMapper<ReferenceProblem> PROBLEM =
            (rs, i) -> new ReferenceProblem(rs.getString(1), rs.getInt(2), rs.getString(3));

    private static final List<String> QUERIES = List.of(
            """
            select file_name, line_no, message from ref_stage_problem
            """,
            """
            select 'tasks.csv', t.line_no,
                   format('nhiệm vụ %s trùng với dòng %s (task %s duplicates line %s)', t.code, d.line_no, t.code, d.line_no)
            from ref_stage_task t join ref_stage_task d on (d.task_no = t.task_no or d.code = t.code) and d.line_no < t.line_no
            """,
            """
            select 'tasks.csv', 0, format('thiếu nhiệm vụ %s (task %s is missing)', n, n)
            from generate_series(1, 8) n
            where not exists (select 1 from ref_stage_task t where t.task_no = n)
              and not exists (select 1 from ref_stage_problem p where p.file_name = 'tasks.csv')
            """,
            """
            select 'regions.csv', r.line_no,
                   format('mã vùng %s trùng với dòng %s (duplicate code %s, also on line %s)', r.region_id, d.line_no, r.region_id, d.line_no)
            from ref_stage_region r join ref_stage_region d on d.region_id = r.region_id and d.line_no < r.line_no
            """,
            """
            select 'organisations.csv', o.line_no,
                   format('mã %s từ %s trùng với dòng %s (duplicate code %s from %s, also on line %s)',
                          o.code, o.valid_from, d.line_no, o.code, o.valid_from, d.line_no)
            from ref_stage_organisation o
            join ref_stage_organisation d on d.code = o.code and d.valid_from = o.valid_from and d.line_no < o.line_no
            """,
            """
            select 'organisations.csv', o.line_no,
                   format('mã %s có thời gian hiệu lực chồng lên dòng %s (validity of %s overlaps line %s)', o.code, d.line_no, o.code, d.line_no)
            from ref_stage_organisation o
            join ref_stage_organisation d on d.code = o.code and d.valid_from <> o.valid_from and d.line_no < o.line_no
             and daterange(d.valid_from, d.valid_to, '[]') && daterange(o.valid_from, o.valid_to, '[]')
            """,
            """
            select 'organisations.csv', o.line_no,
                   format('vùng %s không có trong regions.csv (unknown region %s)', o.region_id, o.region_id)
            from ref_stage_organisation o
            where o.region_id is not null and not exists (select 1 from ref_stage_region r where r.region_id = o.region_id)
            """,
            """
            select 'organisations.csv', o.line_no,
                   format('vùng %s không có hiệu lực trong thời gian của %s (region %s is not in force while %s exists)',
                          o.region_id, o.code, o.region_id, o.code)
            from ref_stage_organisation o join ref_stage_region r on r.region_id = o.region_id
            where not daterange(r.valid_from, r.valid_to, '[]') && daterange(o.valid_from, o.valid_to, '[]')
            """,
            """
            select 'organisations.csv', o.line_no, format('tỉnh %s phải có vùng (province %s needs a region)', o.code, o.code)
            from ref_stage_organisation o where o.kind = 'province' and o.region_id is null
            """,
            """
            select 'organisations.csv', o.line_no,
                   format('không có đơn vị kế thừa %s hiệu lực ngày %s (no successor %s in force on %s)',
                          o.successor_code, o.valid_to + 1, o.successor_code, o.valid_to + 1)
            from ref_stage_organisation o
            where o.successor_code is not null and not exists (
                select 1 from ref_stage_organisation s
                where s.code = o.successor_code and daterange(s.valid_from, s.valid_to, '[]') @> o.valid_to + 1)
            """,
            """
            select 'indicators.csv', i.line_no,
                   format('mã chỉ tiêu %s trùng với dòng %s (duplicate code %s, also on line %s)', i.code, d.line_no, i.code, d.line_no)
            from ref_stage_indicator i join ref_stage_indicator d on d.code = i.code and d.line_no < i.line_no
            """,
            """
            select 'indicators.csv', i.line_no, format('nhiệm vụ %s không có trong tasks.csv (unknown task %s)', i.task_no, i.task_no)
            from ref_stage_indicator i where not exists (select 1 from ref_stage_task t where t.task_no = i.task_no)
            """,
            """
            select 'indicators.csv', i.line_no,
                   format('chỉ tiêu %s tham chiếu mã không tồn tại %s (refers to unknown indicator %s)', i.code, ref, ref)
            from ref_stage_indicator i
            cross join lateral (values (i.numerator_code), (i.denominator_code), (i.at_most_code)) refs(ref)
            where ref is not null and not exists (select 1 from ref_stage_indicator x where x.code = ref)
            """,
            """
            select 'periods.csv', p.line_no,
                   format('mã kỳ %s trùng với dòng %s (duplicate period %s, also on line %s)', p.code, d.line_no, p.code, d.line_no)
            from ref_stage_period p join ref_stage_period d on d.code = p.code and d.line_no < p.line_no
            """);

    private ReferenceChecks() {
    }

    static List<ReferenceProblem> run(JdbcTemplate jdbc) {
        List<ReferenceProblem> problems = new ArrayList<>();
        for (String query : QUERIES) {
            problems.addAll(jdbc.query(query, PROBLEM));
        }
        problems.sort(java.util.Comparator.comparing(ReferenceProblem::fileName).thenComparing(ReferenceProblem::lineNo));
        return problems;
    }
}
