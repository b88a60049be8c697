package vn.dnnd.report;

import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.dnnd.reports.model.ChartSeries;
import vn.dnnd.reports.model.FigureRow;
import vn.dnnd.reports.model.ScopeKind;
import vn.dnnd.reports.model.Task;

/**
 * The chart of a task: its configured indicator by region (or organisation), or, when nobody reported
 * that one, the first indicator of the task that has values; none when the task has no values at all
 * (an empty chart is never drawn).
 */
@Component
public class TaskCharts {

    private final ReportSettings settings;

    public TaskCharts(ReportSettings settings) {
        this.settings = settings;
    }

    public ChartSeries chart(Task task, List<FigureRow> rows, ScopeKind categories) {
        String configured = settings.chartOf(task.taskNo());
        return Stream.concat(
                        rows.stream().filter(row -> row.indicator().code().equals(configured)).limit(1),
                        rows.stream())
                .map(FigureRow::indicator)
                .distinct()
                .map(indicator -> ChartSeries.of(indicator, rows, categories))
                .filter(ChartSeries::hasValues)
                .findFirst()
                .orElse(null);
    }
}
