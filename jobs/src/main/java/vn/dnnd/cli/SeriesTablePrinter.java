package vn.dnnd.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import vn.dnnd.indicator.FigureTable;

/** Prints the series of a review period: one column per year and the change from first to last. */
final class SeriesTablePrinter {

    private final PrintWriter out;

    SeriesTablePrinter(PrintWriter out) {
        this.out = out;
    }

    void print(FigureTable table) {
        IndicatorTablePrinter.printHeading(out, "Chuỗi số liệu " + table.periodNameVi() + " (series, "
                + table.periodNameEn() + ")", table);
        String format = "  %-28s %-40s" + " %14s".repeat(table.years().size()) + " %16s%n";
        List<Object> header = new ArrayList<>(List.of("Mã (code)", "Chỉ tiêu (indicator)"));
        header.addAll(table.years());
        header.add("Thay đổi (change)");
        for (FigureTable.TaskRows task : table.tasks()) {
            out.println();
            out.println("Nhiệm vụ " + task.taskNo() + " (task " + task.taskNo() + ")");
            out.printf(format, header.toArray());
            for (FigureTable.Row row : task.rows()) {
                List<Object> cells = new ArrayList<>(List.of(row.code(), IndicatorCells.fit(row.nameVi(), 40)));
                cells.addAll(row.byYear());
                cells.add(row.change());
                out.printf(format, cells.toArray());
            }
        }
        out.println();
        out.println("\"chưa tính\": năm chưa có kết quả công bố (year without published results); "
                + "\"—\": không có số liệu (no data).");
        out.flush();
    }
}
