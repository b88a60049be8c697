package vn.dnnd.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.dnnd.indicator.SeriesReport;

/** Prints the series of a review period: one column per year and the change from first to last. */
final class SeriesTablePrinter {

    private final PrintWriter out;
    private final Integer onlyTask;

    SeriesTablePrinter(PrintWriter out, Integer onlyTask) {
        this.out = out;
        this.onlyTask = onlyTask;
    }

    void print(SeriesReport report) {
        IndicatorTablePrinter.printHeading(out, "Chuỗi số liệu " + report.periodNameVi() + " (series, "
                + report.periodNameEn() + ")", report.scope(), report.view(), report.runId(), report.finishedAt());
        String format = "  %-28s %-40s" + " %14s".repeat(report.years().size()) + " %16s%n";
        List<Object> header = new ArrayList<>(List.of("Mã (code)", "Chỉ tiêu (indicator)"));
        header.addAll(report.years());
        header.add("Thay đổi (change)");
        int task = 0;
        for (SeriesReport.Line line : report.lines()) {
            if (onlyTask != null && onlyTask != line.taskNo()) {
                continue;
            }
            if (line.taskNo() != task) {
                task = line.taskNo();
                out.println();
                out.println("Nhiệm vụ " + task + " (task " + task + ")");
                out.printf(format, header.toArray());
            }
            List<Object> cells = new ArrayList<>(List.of(line.code(), IndicatorCells.fit(line.nameVi(), 40)));
            String aggregation = line.aggregation();
            BigDecimal first = null;
            BigDecimal last = null;
            int years = 0;
            for (String year : report.years()) {
                BigDecimal value = line.valueByYear().get(year);
                cells.add(line.valueByYear().containsKey(year)
                        ? IndicatorCells.number(value, line.valueType(), aggregation) : "chưa tính");
                if (value != null) {
                    first = first == null ? value : first;
                    last = value;
                    years++;
                }
            }
            cells.add(years < 2 ? "—"
                    : IndicatorCells.change(last.subtract(first), line.valueType(), aggregation));
            out.printf(format, cells.toArray());
        }
        out.println();
        out.println("\"chưa tính\": năm chưa có kết quả công bố (year without published results); "
                + "\"—\": không có số liệu (no data).");
        out.flush();
    }
}
