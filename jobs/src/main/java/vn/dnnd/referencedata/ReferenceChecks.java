package vn.dnnd.referencedata;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import vn.dnnd.system.NamedQueries;

/**
 * Checks that need the whole staged file set: duplicates, references between files (regions,
 * successors, tasks, numerators) and overlapping validity. Each query returns file, line, message.
 */
final class ReferenceChecks {

    private static final RowMapper<ReferenceProblem> PROBLEM =
            (rs, i) -> new ReferenceProblem(rs.getString(1), rs.getInt(2), rs.getString(3));

    /** The checks, each a file in sql/queries/referencedata/. */
    private static final List<String> QUERIES = List.of("check-line-problems", "check-duplicate-tasks",
            "check-missing-tasks", "check-duplicate-regions", "check-duplicate-organisations",
            "check-overlapping-organisations", "check-unknown-regions", "check-region-validity",
            "check-province-regions", "check-successors", "check-duplicate-indicators", "check-unknown-tasks",
            "check-indicator-references", "check-duplicate-periods");

    private ReferenceChecks() {
    }

    static List<ReferenceProblem> run(JdbcTemplate jdbc, NamedQueries queries) {
        List<ReferenceProblem> problems = new ArrayList<>();
        for (String query : QUERIES) {
            problems.addAll(jdbc.query(queries.get("referencedata", query), PROBLEM));
        }
        problems.sort(java.util.Comparator.comparing(ReferenceProblem::fileName).thenComparing(ReferenceProblem::lineNo));
        return problems;
    }
}
