package vn.dnnd.reports.model;

import java.util.List;
import java.util.Objects;

/**
 * Section II of a summary for one task: its indicator rows (the report's own scope first, then the
 * scopes below it: regions in the national summary, organisations in a region's report), a chart, and
 * what organisations wrote about their achievements.
 *
 * @param chart the chart, or null for none
 */
public record TaskSection(Task task, List<FigureRow> rows, ChartSeries chart, List<Excerpt> achievements) {

    public TaskSection {
        Objects.requireNonNull(task, "task");
        rows = List.copyOf(rows);
        achievements = List.copyOf(achievements);
    }
}
