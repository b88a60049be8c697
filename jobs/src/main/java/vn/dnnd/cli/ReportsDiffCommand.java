package vn.dnnd.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.dnnd.report.EditionDiff;
import vn.dnnd.report.ReportArchive;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.text.FigureNumbers;

@Command(name = "diff",
        mixinStandardHelpOptions = true,
        description = {"So sánh hai lần xuất bản gần nhất của một kỳ: số liệu đã thay đổi (toàn quốc, vùng) và phiên bản "
                + "báo cáo được thêm, thay thế, rút.",
                "(Compare the last two editions of a period: changed national and region figures, and submission "
                        + "versions added, replaced or withdrawn.)"})
class ReportsDiffCommand extends ApplicationCommand<ReportsDiffCommand.Services> {

    record Services(ReportArchive archive) {
    }

    @Option(names = "--period", required = true, paramLabel = "KỲ", description = "Kỳ báo cáo (period).")
    String period;

    ReportsDiffCommand() {
        super(Services.class);
    }

    @Override
    protected int run(Services services, PrintWriter out) {
        EditionDiff diff = services.archive().diffOfLastTwo(period.strip());
        out.printf("Kỳ %s: lần xuất bản %d → %d (period %s: edition %d → %d)%n", diff.period(), diff.older().number(),
                diff.newer().number(), diff.period(), diff.older().number(), diff.newer().number());
        out.printf("Số liệu thay đổi (changed figures): %d%n", diff.figures().size());
        for (EditionDiff.FigureChange figure : diff.figures()) {
            out.printf("  %-28s %-12s %s → %s  %s (%s)%n", figure.indicatorCode(),
                    "national".equals(figure.scopeKind()) ? "toàn quốc" : figure.scopeCode(),
                    number(figure, figure.oldValue()), number(figure, figure.newValue()), figure.indicatorNameVi(),
                    figure.indicatorNameEn());
        }
        out.printf("Báo cáo thay đổi (submissions changed): %d%n", diff.submissions().size());
        for (EditionDiff.SubmissionChange change : diff.submissions()) {
            out.printf("  %-26s %-12s %s  %s%n", label(change.change()), change.organisationCode(),
                    version(change.oldVersion()) + " → " + version(change.newVersion()), change.organisationName());
        }
        return 0;
    }

    private static String label(String change) {
        return switch (change) {
            case "added" -> "thêm (added)";
            case "replaced" -> "thay thế (replaced)";
            default -> "rút (withdrawn)";
        };
    }

    private static String version(Integer version) {
        return version == null ? "—" : "v" + version;
    }

    /** In the indicator's own form, as `indicators show` prints it: 1.234 · 1.234,50 · 70,6 %; "—" for no value. */
    private static String number(EditionDiff.FigureChange figure, BigDecimal value) {
        return FigureNumbers.of(ReportLanguage.VI).number(value, figure.valueType(), figure.aggregation());
    }
}
