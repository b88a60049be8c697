package vn.dnnd.reports.xlsx;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dnnd.reports.model.Task;
import vn.dnnd.reports.model.TaskScoreRow;

/**
 * The task scores of every scope (the country, each region, each kind, each organisation), one row per
 * scope and task: the briefing's heat map is the region and national rows of this sheet, task by scope.
 * A score is points out of 100; a missing score is an empty cell, never 0.
 */
final class TaskScoreSheet {

    private final SheetContext context;

    TaskScoreSheet(SheetContext context) {
        this.context = context;
    }

    void write(List<Task> tasks, List<TaskScoreRow> rows) {
        Map<Integer, Task> byNumber = tasks.stream().collect(Collectors.toMap(Task::taskNo, Function.identity()));
        WorkbookStyles styles = context.styles();
        TableSheet sheet = context.sheet("xlsx.sheet.taskScores", List.of(
                context.column("xlsx.scopeKind", 22, ColumnUnit.TEXT),
                context.column("xlsx.scopeCode", 12, ColumnUnit.CODE),
                context.column("xlsx.scopeName", 40, ColumnUnit.TEXT),
                context.column("xlsx.task", 9, ColumnUnit.IDENTIFIER),
                context.wrappingColumn("xlsx.taskName", 48, ColumnUnit.TEXT),
                context.column("xlsx.score", 12, ColumnUnit.POINTS),
                context.column("xlsx.rank", 10, ColumnUnit.IDENTIFIER),
                context.column("xlsx.ranked", 12, ColumnUnit.COUNT),
                context.column("xlsx.members", 14, ColumnUnit.ORGANISATIONS),
                context.column("xlsx.coverage", 14, ColumnUnit.PERCENT)));
        for (TaskScoreRow row : rows) {
            Task task = byNumber.get(row.taskNo());
            sheet.row();
            context.scope(sheet, row.scope());
            sheet.identifier(row.taskNo())
                    .wrapped(task == null ? null : task.shortName().in(context.language()))
                    .number(row.score(), styles.score)
                    .identifier(row.rank())
                    .number(count(row.ranked()), styles.integer)
                    .number(count(row.members()), styles.integer)
                    .number(IndicatorSheet.inPercent(row.coverage()), styles.percentValue);
        }
        sheet.finish();
    }

    private static BigDecimal count(Integer value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }
}
