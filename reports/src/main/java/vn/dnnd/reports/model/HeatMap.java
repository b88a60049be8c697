package vn.dnnd.reports.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Task scores as a grid: one row per task, one column per scope (the regions, then the country).
 * At most {@link #MAX_COLUMNS} columns fit across an A4 page.
 */
public record HeatMap(List<Task> tasks, List<Scope> columns, List<TaskScore> scores) {

    public static final int MAX_COLUMNS = 7;

    public HeatMap {
        tasks = List.copyOf(tasks);
        columns = List.copyOf(columns);
        scores = List.copyOf(scores);
        if (columns.size() > MAX_COLUMNS) {
            throw new IllegalArgumentException("a heat map has at most " + MAX_COLUMNS + " columns: " + columns.size());
        }
    }

    /** The score of a task in a column, or null when there is none. */
    public BigDecimal score(int taskNo, String scopeCode) {
        return scores.stream()
                .filter(score -> score.taskNo() == taskNo && score.scopeCode().equals(scopeCode))
                .map(TaskScore::score)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }
}
