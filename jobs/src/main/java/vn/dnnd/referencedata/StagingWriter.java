package vn.dnnd.referencedata;

import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SimplePropertySqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/** Writes good rows to their staging table and every problem to ref_stage_problem. */
final class StagingWriter<T> implements ItemWriter<Parsed<T>> {

    private static final String PROBLEM_INSERT = """
            insert into ref_stage_problem (file_name, line_no, message) values (:fileName, :lineNo, :message)
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final String insertSql;

    StagingWriter(NamedParameterJdbcTemplate jdbc, String insertSql) {
        this.jdbc = jdbc;
        this.insertSql = insertSql;
    }

    @Override
    public void write(Chunk<? extends Parsed<T>> chunk) {
        List<SqlParameterSource> rows = new ArrayList<>();
        List<SqlParameterSource> problems = new ArrayList<>();
        for (Parsed<T> parsed : chunk) {
            if (parsed.problems().isEmpty()) {
                rows.add(new SimplePropertySqlParameterSource(parsed.row()));
            }
            for (ReferenceProblem problem : parsed.problems()) {
                problems.add(new MapSqlParameterSource()
                        .addValue("fileName", problem.fileName())
                        .addValue("lineNo", problem.lineNo())
                        .addValue("message", problem.message()));
            }
        }
        jdbc.batchUpdate(insertSql, rows.toArray(SqlParameterSource[]::new));
        jdbc.batchUpdate(PROBLEM_INSERT, problems.toArray(SqlParameterSource[]::new));
    }
}
