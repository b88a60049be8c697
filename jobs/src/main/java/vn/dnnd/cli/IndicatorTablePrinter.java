package vn.dnnd.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import vn.dnnd.indicator.FigureTable;
import vn.dnnd.referencedata.OrganisationKindLabel;
import vn.dnnd.reports.text.VietnamTime;

/** Prints one scope of an annual period as a table an analyst can check numbers against. */
final class IndicatorTablePrinter {

    private static final DateTimeFormatter FINISHED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(VietnamTime.ZONE);
    private static final String ROW = "  %-28s %-44s %30s  %-12s %9s %5s %16s  %12s%n";

    private final PrintWriter out;

    IndicatorTablePrinter(PrintWriter out) {
        this.out = out;
    }

    void print(FigureTable table) {
        printHeading(out, "Chỉ tiêu kỳ " + table.periodNameVi() + " (indicators, " + table.periodNameEn() + ")", table);
        FigureTable.Counts c = table.completeness();
        if (c != null) {
            out.printf("Đầy đủ (completeness): phải báo cáo (expected) %s · đã nộp (submitted) %s · đúng hạn (on time) %s"
                    + " · muộn (late) %s · thiếu (missing) %s%n", c.expected(), c.submitted(), c.onTime(), c.late(),
                    c.missing());
        }
        for (FigureTable.TaskRows task : table.tasks()) {
            out.println();
            out.println(taskHeader(task));
            out.printf(ROW, "Mã (code)", "Chỉ tiêu (indicator)", "Giá trị (value)", "Đơn vị", "Đã/phải", "KAD",
                    "Năm trước", "Thay đổi");
            out.printf(ROW, "", "", "", "(unit)", "(rep/exp)", "(n/a)", "(previous)", "(change)");
            for (FigureTable.Row row : task.rows()) {
                out.printf(ROW, row.code(), IndicatorCells.fit(row.nameVi(), 44), row.value(),
                        IndicatorCells.fit(row.unit(), 12), row.reporters(), row.notApplicable(), row.previous(),
                        row.change());
            }
        }
        out.flush();
    }

    /** Title, scope, view and the run the numbers come from. */
    static void printHeading(PrintWriter out, String title, FigureTable table) {
        out.println(title);
        out.printf("Phạm vi (scope): %s%n", switch (table.scope().kind()) {
            case "org_kind" -> OrganisationKindLabel.of(table.scope().firstCode());
            case "national" -> "Toàn quốc (national)";
            default -> table.scope().label();
        });
        out.printf("Cách nhìn (view): %s (%s)%n", table.view().labelVi(), table.view().labelEn());
        out.printf("Lần tính (run) %d, hoàn thành lúc (finished) %s%n", table.runId(), FINISHED.format(table.finishedAt()));
    }

    private static String taskHeader(FigureTable.TaskRows task) {
        StringBuilder header = new StringBuilder("Nhiệm vụ " + task.taskNo() + " (task " + task.taskNo() + ")");
        if (task.scored()) {
            header.append(": ").append(IndicatorCells.fit(task.nameVi(), 60));
            header.append(" — điểm (score) ").append(task.score());
            if (task.rank() != null) {
                header.append(" · hạng (rank) ").append(task.rank());
            }
            if (task.coverage() != null) {
                header.append(" · trọng số đã trả lời (weight answered) ").append(task.coverage());
            }
            if (task.members() != null) {
                header.append(" · ").append(task.members()).append(" đơn vị có điểm (organisations scored)");
            }
        }
        return header.toString();
    }
}
