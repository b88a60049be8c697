package vn.dnnd.cli;

import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.dnnd.indicator.HierarchyView;
import vn.dnnd.indicator.ResolvedScope;
import vn.dnnd.indicator.ScopeReport;
import vn.dnnd.referencedata.OrganisationKindLabel;
import vn.dnnd.reports.text.VietnamTime;
import vn.dnnd.reports.text.VietnameseFormat;

/** Prints one scope of an annual period as a table an analyst can check numbers against. */
final class IndicatorTablePrinter {

    private static final DateTimeFormatter FINISHED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(VietnamTime.ZONE);
    private static final String ROW = "  %-28s %-44s %30s  %-12s %9s %5s %16s %12s%n";

    private final PrintWriter out;
    private final Integer onlyTask;

    IndicatorTablePrinter(PrintWriter out, Integer onlyTask) {
        this.out = out;
        this.onlyTask = onlyTask;
    }

    void print(ScopeReport report) {
        printHeading(out, "Chỉ tiêu kỳ " + report.periodNameVi() + " (indicators, " + report.periodNameEn() + ")",
                report.scope(), report.view(), report.runId(), report.finishedAt());
        ScopeReport.Completeness c = report.completeness();
        if (c != null) {
            out.printf("Đầy đủ (completeness): phải báo cáo (expected) %s · đã nộp (submitted) %s · đúng hạn (on time) %s"
                            + " · muộn (late) %s · thiếu (missing) %s%n", n(c.expected()), n(c.submitted()), n(c.onTime()),
                    n(c.late()), n(c.missing()));
        }
        boolean single = "organisation".equals(report.scope().kind());
        for (int taskNo = 1; taskNo <= 8; taskNo++) {
            int task = taskNo;
            List<ScopeReport.Indicator> lines = report.indicators().stream().filter(i -> i.taskNo() == task).toList();
            if (lines.isEmpty() || (onlyTask != null && onlyTask != task)) {
                continue;
            }
            out.println();
            out.println(taskHeader(report, task));
            out.printf(ROW, "Mã (code)", "Chỉ tiêu (indicator)", "Giá trị (value)", "Đơn vị", "Đã/phải", "KAD",
                    "Năm trước", "Thay đổi");
            out.printf(ROW, "", "", "", "(unit)", "(rep/exp)", "(n/a)", "(previous)", "(change)");
            for (ScopeReport.Indicator i : lines) {
                out.printf(ROW, i.code(), IndicatorCells.fit(i.nameVi(), 44),
                        IndicatorCells.value(i.value(), i.numerator(), i.denominator(), i.reporters(), i.expected(),
                                i.notApplicable(), i.valueType(), i.aggregation(), single),
                        IndicatorCells.fit(IndicatorCells.isPercentage(i.aggregation()) ? "" : i.unitVi(), 12),
                        i.reporters() + "/" + i.expected(), n(i.notApplicable()),
                        IndicatorCells.number(i.previousValue(), i.valueType(), i.aggregation()),
                        IndicatorCells.change(i.change(), i.valueType(), i.aggregation()));
            }
        }
        out.flush();
    }

    /** Title, scope, view and the run the numbers come from. */
    static void printHeading(PrintWriter out, String title, ResolvedScope scope, HierarchyView view, long runId,
                             OffsetDateTime finishedAt) {
        out.println(title);
        out.printf("Phạm vi (scope): %s%n", switch (scope.kind()) {
            case "org_kind" -> OrganisationKindLabel.of(scope.firstCode());
            case "national" -> "Toàn quốc (national)";
            default -> scope.label();
        });
        out.printf("Cách nhìn (view): %s (%s)%n", view.labelVi(), view.labelEn());
        out.printf("Lần tính (run) %d, hoàn thành lúc (finished) %s%n", runId, FINISHED.format(finishedAt));
    }

    private static String taskHeader(ScopeReport report, int task) {
        StringBuilder header = new StringBuilder("Nhiệm vụ " + task + " (task " + task + ")");
        report.scores().stream().filter(s -> s.taskNo() == task).findFirst().ifPresent(s -> {
            header.append(": ").append(IndicatorCells.fit(s.taskNameVi(), 60));
            header.append(" — điểm (score) ").append(s.score() == null ? "chưa chấm (not scored)"
                    : VietnameseFormat.decimal(s.score(), 2));
            if (s.rank() != null) {
                header.append(" · hạng (rank) ").append(s.rank()).append("/").append(s.ranked());
            }
            if (s.coverage() != null) {
                header.append(" · trọng số đã trả lời (weight answered) ")
                        .append(VietnameseFormat.decimal(s.coverage().movePointRight(2), 0)).append(" %");
            }
            if (s.members() != null) {
                header.append(" · ").append(s.members()).append(" đơn vị có điểm (organisations scored)");
            }
        });
        return header.toString();
    }

    private static String n(int value) {
        return VietnameseFormat.integer(value);
    }
}
