package vn.dnnd.reports.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A task's published score for one scope as the analyst workbook lists it (a row of task_score): the
 * score the briefing's heat map shows, with the ranking and what the score was worked out from.
 *
 * @param score    0-100; null when the scope has no data for the task (missing, not zero)
 * @param rank     the scope's place among the scopes of its kind (1 = best); null when not ranked
 * @param ranked   how many scopes of its kind were ranked; null when not ranked
 * @param coverage an organisation's share of the task's applicable weight that was answered, 0-1; null for groups
 * @param members  a region's, a kind's or the country's number of organisations whose scores the mean is
 *                 taken over; null for an organisation
 */
public record TaskScoreRow(Scope scope, int taskNo, BigDecimal score, Integer rank, Integer ranked,
                           BigDecimal coverage, Integer members) {

    public TaskScoreRow {
        Objects.requireNonNull(scope, "scope");
        if (score != null && (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new IllegalArgumentException("score must be 0..100: " + score);
        }
        if (coverage != null && (coverage.signum() < 0 || coverage.compareTo(BigDecimal.ONE) > 0)) {
            throw new IllegalArgumentException("coverage must be 0..1: " + coverage);
        }
    }
}
