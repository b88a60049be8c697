package vn.dnnd.cli;

import java.io.PrintWriter;
import java.util.Optional;
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
                + "báo cáo được thêm, thay thế, rút; kèm số phiên bản đang chờ duyệt và các đơn vị có báo cáo bị trả lại.",
                "(Compare the last two editions of a period: changed national and region figures, and submission "
                        + "versions added, replaced or withdrawn; with the versions awaiting review now and the "
                        + "organisations whose report was returned.)"})
class ReportsDiffCommand extends ApplicationCommand<ReportsDiffCommand.Services> {

    record Services(ReportArchive archive) {
    }

    static final int REASON_SHOWN = 100;

    @Option(names = "--period", required = true, paramLabel = "KỲ", description = "Kỳ báo cáo (period).")
    String period;

    ReportsDiffCommand() {
        super(Services.class);
    }

    @Override
    protected int run(Services services, PrintWriter out) {
        String code = period.strip();
        Optional<EditionDiff> compared = services.archive().lastTwoCompared(code);
        if (compared.isEmpty()) {
            // Not a failure: the first edition of a period simply has nothing before it.
            int count = services.archive().editions(code).size();
            out.printf("Kỳ %s có %d lần xuất bản: chưa có gì để so sánh; lần xuất bản sau sẽ được so với lần này "
                    + "(period %s has %d edition(s): nothing to compare yet; the next edition will be compared with it)%n",
                    code, count, code, count);
            return 0;
        }
        EditionDiff diff = compared.get();
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
        printReview(out, diff.review());
        return 0;
    }

    /** What the next edition may change: versions awaiting review, versions returned and not sent again. */
    private static void printReview(PrintWriter out, EditionDiff.ReviewNow review) {
        if (review.quiet()) {
            return;
        }
        if (review.awaitingVersions() > 0) {
            out.printf("Đang chờ duyệt, chưa được tính (awaiting review now, not counted): %d phiên bản (versions)%n",
                    review.awaitingVersions());
        }
        if (!review.returned().isEmpty()) {
            out.printf("Bị trả lại để sửa, chưa gửi lại (returned for correction, not sent again): %d%n",
                    review.returned().size());
            for (EditionDiff.Returned returned : review.returned()) {
                out.printf("  %-12s v%-4d %s — lý do (reason): %s%n", returned.organisationCode(), returned.version(),
                        returned.organisationName(), shortened(returned.reason()));
            }
        }
    }

    /** A reason on one line, cut after {@value #REASON_SHOWN} characters: the portal's page shows it whole. */
    private static String shortened(String reason) {
        String line = reason == null ? "—" : reason.strip().replaceAll("\\s+", " ");
        return line.length() <= REASON_SHOWN ? line : line.substring(0, REASON_SHOWN) + "…";
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
