package vn.dnnd.indicator;

import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import vn.dnnd.system.DnndException;
import vn.dnnd.system.NamedQueries;

/**
 * Freezes what an annual run reads: the expected reporters and their current submission versions
 * (recorded in compute_run_submission), and the score weights (compute_run_score_weight). Every later
 * statement of the run reads these, never the live tables, so the whole run sees one consistent set of
 * submissions. The first work of {@link StageAnnualResultsTasklet}.
 */
class FreezeRunInputs {

    private static final Logger log = LoggerFactory.getLogger(FreezeRunInputs.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedQueries sql;
    private final ScoreProperties scores;

    FreezeRunInputs(NamedParameterJdbcTemplate jdbc, NamedQueries sql, ScoreProperties scores) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.scores = scores;
    }

    /** Freezes run {@code run}'s inputs in the caller's transaction; returns the number of expected reporters. */
    int freeze(ComputeRunContext run) {
        MapSqlParameterSource parameters = run.parameters();
        recordWeights(run.runId());
        int expected = jdbc.update(sql.get("indicator", "freeze-reporters"), parameters);
        int submissions = jdbc.update(sql.get("indicator", "freeze-submissions"), parameters);
        Integer ignored = jdbc.queryForObject(sql.get("indicator", "count-ignored-submissions"), parameters, Integer.class);
        Integer awaiting = jdbc.queryForObject(sql.get("indicator", "count-awaiting-review"), parameters, Integer.class);
        jdbc.update(sql.get("indicator", "record-run-counts"), parameters.addValue("expected", expected)
                .addValue("submissions", submissions)
                .addValue("ignored", ignored)
                .addValue("awaiting", awaiting));
        if (ignored != null && ignored > 0) {
            log.warn("Run {} of {}: {} accepted submissions come from organisations not expected to report; left out",
                    run.runId(), run.period(), ignored);
        }
        return expected;
    }

    private void recordWeights(long runId) {
        List<String> codes = scores.weights().stream().map(ScoreProperties.Weight::indicator).toList();
        List<String> invalid = scores.weights().stream()
                .filter(w -> w.weight() == null || w.weight().signum() <= 0
                        || codes.indexOf(w.indicator()) != codes.lastIndexOf(w.indicator()))
                .map(ScoreProperties.Weight::indicator).distinct().toList();
        if (!invalid.isEmpty()) {
            throw new DnndException("Trọng số điểm nhiệm vụ (dnnd.scores.weights) phải dương và không lặp: " + invalid,
                    "task-score weights must be positive and name each indicator once: " + invalid);
        }
        Set<String> known = Set.copyOf(jdbc.getJdbcTemplate().queryForList("select code from indicator", String.class));
        List<String> unknown = codes.stream().filter(code -> !known.contains(code)).toList();
        if (!unknown.isEmpty()) {
            throw new DnndException("Trọng số điểm nhiệm vụ (dnnd.scores.weights) nêu chỉ tiêu không có: " + unknown,
                    "task-score weights name unknown indicators: " + unknown);
        }
        SqlParameterSource[] rows = scores.weights().stream()
                .map(weight -> new MapSqlParameterSource("run", runId)
                        .addValue("indicator", weight.indicator())
                        .addValue("weight", weight.weight()))
                .toArray(SqlParameterSource[]::new);
        jdbc.batchUpdate("""
                insert into compute_run_score_weight (run_id, indicator_code, weight) values (:run, :indicator, :weight)
                """, rows);
    }
}
