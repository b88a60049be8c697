package vn.dnnd.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import vn.dnnd.reports.text.FigureNumbers;
import vn.dnnd.system.DnndException;
import vn.dnnd.system.NamedQueries;

/**
 * {@code indicators show} for every reader: the published figures of a period, scope ({@code national},
 * {@code region:X}, {@code kind:K}, {@code org:CODE}) and view as a {@link FigureTable}, optionally one task
 * only. The console and the portal page both print this table, so they cannot disagree on a cell.
 */
@Service
public class FigureTables {

    private final IndicatorQueries queries;
    private final NamedParameterJdbcTemplate jdbc;
    private final NamedQueries sql;

    public FigureTables(IndicatorQueries queries, NamedParameterJdbcTemplate jdbc, NamedQueries sql) {
        this.queries = queries;
        this.jdbc = jdbc;
        this.sql = sql;
    }

    /** The periods that have published figures, newest first (what a reader can choose from). */
    public List<PublishedPeriod> periods() {
        return jdbc.query(sql.get("indicator", "list-published-periods"), (rs, n) -> new PublishedPeriod(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    /** Fails with the bilingual message of an unknown period, scope, code or a period not computed. */
    public FigureTable table(String period, String scope, HierarchyView view, Integer task, FigureText text) {
        String code = period.strip();
        return queries.isAnnual(code) ? annual(queries.scope(code, scope, view), task, text)
                : review(queries.series(code, scope, view), task, text);
    }

    /** A task filter as a reader types it: empty for every task, else 1 to 8. */
    public static Integer task(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int task = Integer.parseInt(text.strip());
            if (task >= 1 && task <= 8) {
                return task;
            }
        } catch (NumberFormatException e) {
            // refused below, with the same words as a number out of range
        }
        throw new DnndException("Nhiệm vụ phải là một số từ 1 đến 8: " + text, "the task must be a number from 1 to 8: "
                + text);
    }

    static FigureTable annual(ScopeReport report, Integer task, FigureText text) {
        FigureNumbers n = text.numbers();
        boolean single = "organisation".equals(report.scope().kind());
        Map<Integer, List<FigureTable.Row>> byTask = new TreeMap<>();
        for (ScopeReport.Indicator i : report.indicators()) {
            byTask.computeIfAbsent(i.taskNo(), t -> new ArrayList<>()).add(new FigureTable.Row(i.code(), i.nameVi(),
                    i.nameEn(), FigureNumbers.isPercentage(i.aggregation()) ? "" : i.unitVi(), text.value(i, single),
                    i.reporters() + "/" + i.expected(), n.integer(i.notApplicable()),
                    n.number(i.previousValue(), i.valueType(), i.aggregation()),
                    text.change(i), List.of()));
        }
        List<FigureTable.TaskRows> tasks = new ArrayList<>();
        byTask.forEach((taskNo, rows) -> {
            if (task == null || task.equals(taskNo)) {
                tasks.add(taskRows(report, taskNo, rows, text));
            }
        });
        ScopeReport.Completeness c = report.completeness();
        FigureTable.Counts counts = c == null ? null : new FigureTable.Counts(n.integer(c.expected()),
                n.integer(c.submitted()), n.integer(c.onTime()), n.integer(c.late()), n.integer(c.missing()));
        return new FigureTable(report.periodCode(), report.periodNameVi(), report.periodNameEn(), report.scope(),
                report.view(), report.runId(), report.finishedAt(), false, counts, List.of(), tasks);
    }

    private static FigureTable.TaskRows taskRows(ScopeReport report, int taskNo, List<FigureTable.Row> rows,
                                                 FigureText text) {
        Optional<ScopeReport.TaskScore> score = report.scores().stream().filter(s -> s.taskNo() == taskNo).findFirst();
        if (score.isEmpty()) {
            return new FigureTable.TaskRows(taskNo, null, null, null, null, null, null, rows);
        }
        ScopeReport.TaskScore s = score.get();
        FigureNumbers n = text.numbers();
        return new FigureTable.TaskRows(taskNo, s.taskNameVi(), s.taskNameEn(), text.score(s.score()),
                s.rank() == null ? null : s.rank() + "/" + s.ranked(),
                s.coverage() == null ? null : n.decimal(s.coverage().movePointRight(2), 0) + " %", s.members(), rows);
    }

    static FigureTable review(SeriesReport report, Integer task, FigureText text) {
        FigureNumbers n = text.numbers();
        Map<Integer, List<FigureTable.Row>> byTask = new LinkedHashMap<>();
        for (SeriesReport.Line line : report.lines()) {
            if (task != null && task != line.taskNo()) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            BigDecimal first = null;
            BigDecimal last = null;
            int years = 0;
            for (String year : report.years()) {
                BigDecimal value = line.valueByYear().get(year);
                cells.add(line.valueByYear().containsKey(year)
                        ? n.number(value, line.valueType(), line.aggregation()) : text.notComputed());
                if (value != null) {
                    first = first == null ? value : first;
                    last = value;
                    years++;
                }
            }
            String change = years < 2 ? FigureNumbers.NONE
                    : n.change(last.subtract(first), line.valueType(), line.aggregation());
            byTask.computeIfAbsent(line.taskNo(), t -> new ArrayList<>()).add(new FigureTable.Row(line.code(),
                    line.nameVi(), null, FigureNumbers.isPercentage(line.aggregation()) ? "" : line.unitVi(), null, null,
                    null, null, change, cells));
        }
        List<FigureTable.TaskRows> tasks = new ArrayList<>();
        byTask.forEach((taskNo, rows) -> tasks.add(new FigureTable.TaskRows(taskNo, null, null, null, null, null, null,
                rows)));
        return new FigureTable(report.periodCode(), report.periodNameVi(), report.periodNameEn(), report.scope(),
                report.view(), report.runId(), report.finishedAt(), true, null, report.years(), tasks);
    }
}
