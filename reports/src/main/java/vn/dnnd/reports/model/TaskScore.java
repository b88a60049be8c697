package vn.dnnd.reports.model;

import java.math.BigDecimal;
import java.util.Objects;

/** A task's score 0-100 for a scope (table task_score); null score = no data. */
public record TaskScore(int taskNo, String scopeCode, BigDecimal score) {

    public TaskScore {
        Objects.requireNonNull(scopeCode, "scopeCode");
        if (score != null && (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new IllegalArgumentException("score must be 0..100: " + score);
        }
    }
}
