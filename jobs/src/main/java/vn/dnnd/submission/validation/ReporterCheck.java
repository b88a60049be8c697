package vn.dnnd.submission.validation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.dnnd.referencedata.ReportingPeriod;
import vn.dnnd.reports.text.VietnameseFormat;
import vn.dnnd.submission.parse.Texts;
import vn.dnnd.submission.reference.IntakeReference;
import vn.dnnd.submission.reference.Reporter;
import vn.dnnd.system.ClosestCodes;
import vn.dnnd.system.Rule;

/**
 * Who reports for a period: the version of the organisation in existence on the period's last day
 * (as the view period_reporter says). A body that closed before then is told who took over.
 */
public final class ReporterCheck {

    /** Either the reporter, or why the code cannot report for the period. */
    public record Outcome(Reporter reporter, Rule rule, String vi, String en) {

        public boolean found() {
            return reporter != null;
        }
    }

    private ReporterCheck() {
    }

    public static Outcome resolve(IntakeReference reference, String code, ReportingPeriod period) {
        List<Reporter> versions = reference.versions(code);
        if (versions.isEmpty()) {
            String closest = ClosestCodes.listed(ClosestCodes.closest(code, reference.reporterCodes()));
            return problem(Rule.UNKNOWN_ORGANISATION,
                    "mã tổ chức '" + Texts.quoted(code) + "' không có trong danh mục tổ chức báo cáo"
                            + (closest.isEmpty() ? "" : "; gần giống: " + closest),
                    "organisation code '" + Texts.quoted(code) + "' is not in the registry"
                            + (closest.isEmpty() ? "" : "; closest: " + closest));
        }
        String periodEnd = VietnameseFormat.date(period.endsOn());
        Optional<Reporter> onLastDay = reference.reporterOn(code, period.endsOn());
        if (onLastDay.isPresent()) {
            Reporter reporter = onLastDay.get();
            if (!reporter.reports()) {
                return problem(Rule.NOT_A_REPORTER, reporter.nameVi() + " (" + Texts.quoted(code)
                                + ") không phải là đơn vị báo cáo thực hiện Chỉ thị 12-CT/TW",
                        reporter.nameEn() + " (" + Texts.quoted(code) + ") is not a reporting organisation");
            }
            return new Outcome(reporter, null, null, null);
        }
        Reporter last = versions.stream().max(Comparator.comparing(Reporter::validFrom)).orElseThrow();
        if (last.validTo() != null && last.validTo().isBefore(period.endsOn())) {
            String successorVi = last.successorCode() == null ? "không có đơn vị kế thừa"
                    : "đơn vị kế thừa là " + last.successorNameVi() + " (" + last.successorCode()
                      + "), đơn vị này báo cáo cho cả năm";
            String successorEn = last.successorCode() == null ? "it has no successor"
                    : "its successor " + last.successorNameVi() + " (" + last.successorCode()
                      + ") reports for the whole period";
            return problem(Rule.ORGANISATION_CLOSED,
                    last.nameVi() + " (" + Texts.quoted(code) + ") không còn tồn tại vào ngày " + periodEnd
                            + " (hết hiệu lực từ " + VietnameseFormat.date(last.validTo().plusDays(1)) + "); " + successorVi,
                    last.nameEn() + " (" + Texts.quoted(code) + ") no longer exists on " + period.endsOn() + " (closed "
                            + last.validTo() + "); " + successorEn);
        }
        return problem(Rule.ORGANISATION_NOT_YET,
                last.nameVi() + " (" + Texts.quoted(code) + ") chưa tồn tại vào ngày " + periodEnd,
                last.nameEn() + " (" + Texts.quoted(code) + ") did not exist yet on " + period.endsOn());
    }

    private static Outcome problem(Rule rule, String vi, String en) {
        return new Outcome(null, rule, vi, en);
    }
}
