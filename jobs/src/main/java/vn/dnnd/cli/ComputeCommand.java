package vn.dnnd.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.dnnd.indicator.ComputeResult;
import vn.dnnd.indicator.ComputeService;
import vn.dnnd.reports.text.VietnameseFormat;

@Command(name = "compute",
        mixinStandardHelpOptions = true,
        description = {"Tính chỉ tiêu của một kỳ (chạy computeJob): giá trị theo tổ chức, vùng, loại tổ chức, toàn quốc; "
                + "mức độ đầy đủ, đúng hạn; so sánh với năm trước; điểm nhiệm vụ. Kỳ sơ kết (2022-2026) lập chuỗi số liệu theo năm.",
                "(Compute a period's indicators by running computeJob: values per organisation, region, kind and "
                        + "nationally, completeness and timeliness, year over year, task scores. A review period "
                        + "such as 2022-2026 builds the series of its years.)"})
class ComputeCommand extends ApplicationCommand<ComputeCommand.Services> {

    record Services(ComputeService compute) {
    }

    @Option(names = "--period", required = true, paramLabel = "KỲ",
            description = "Kỳ báo cáo, ví dụ 2025 hoặc 2022-2026 (reporting period, e.g. 2025 or 2022-2026).")
    String period;

    ComputeCommand() {
        super(Services.class);
    }

    @Override
    protected int run(Services services, PrintWriter out) {
        ComputeResult result = services.compute().compute(period);
        out.printf("Đã tính kỳ %s (computed period %s): lần tính (run) %d, %s ms%n", result.periodCode(),
                result.periodCode(), result.runId(), VietnameseFormat.integer(result.durationMs()));
        if (result.annual()) {
            out.printf("  Đơn vị phải báo cáo (expected reporters):      %s%n", VietnameseFormat.integer(result.expected()));
            out.printf("  Báo cáo đã nhận, phiên bản hiện hành (current submissions read): %s%n",
                    VietnameseFormat.integer(result.submissions()));
            if (result.ignoredSubmissions() != null && result.ignoredSubmissions() > 0) {
                out.printf("  Bỏ qua %d báo cáo của đơn vị không thuộc diện báo cáo kỳ này "
                        + "(ignored %d submissions from organisations not expected for this period)%n",
                        result.ignoredSubmissions(), result.ignoredSubmissions());
            }
            if (result.awaitingReview() != null && result.awaitingReview() > 0) {
                out.printf("  Chưa tính %d phiên bản đang chờ duyệt (left out %d versions awaiting review)%n",
                        result.awaitingReview(), result.awaitingReview());
            }
            out.println(result.previousPeriodCode() == null
                    ? "  Không có kỳ trước để so sánh (no previous period to compare with)"
                    : result.previousRunId() == null
                    ? "  Kỳ trước " + result.previousPeriodCode() + " chưa được tính: không có số so sánh (previous period "
                            + result.previousPeriodCode() + " not computed yet: no year-over-year values)"
                    : "  So sánh với kỳ " + result.previousPeriodCode() + ", lần tính " + result.previousRunId()
                            + " (year over year against " + result.previousPeriodCode() + ", run " + result.previousRunId() + ")");
        } else if (!result.yearsWithoutResults().isEmpty()) {
            out.println("  Chưa có kết quả các năm (no published results yet for): "
                    + String.join(", ", result.yearsWithoutResults()));
        }
        out.printf("  Số dòng kết quả đã công bố (result rows published): %s%n", VietnameseFormat.integer(result.rowsWritten()));
        if (!result.stalePeriods().isEmpty()) {
            out.println("  Lưu ý: hãy tính lại kỳ " + String.join(", ", result.stalePeriods())
                    + " để cập nhật so sánh với kỳ này (note: compute " + String.join(", ", result.stalePeriods())
                    + " again to refresh its comparison with this period)");
        }
        return 0;
    }
}
