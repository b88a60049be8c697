package vn.dnnd.submission.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.dnnd.referencedata.ReportingPeriod;
import vn.dnnd.reports.text.VietnameseFormat;
import vn.dnnd.submission.IntakeProperties;
import vn.dnnd.submission.parse.Channel;
import vn.dnnd.submission.parse.ParsedSubmission;
import vn.dnnd.submission.parse.Texts;
import vn.dnnd.submission.reference.IntakeReference;
import vn.dnnd.submission.reference.Reporter;
import vn.dnnd.submission.template.TemplateLayout;
import vn.dnnd.system.Rule;

/**
 * The one validation path of every channel: who, which period, whether the period is open, which
 * template and catalogue, then every answer. All problems are collected; errors reject the file.
 */
public final class SubmissionValidator {

    private final IntakeReference reference;
    private final IntakeProperties properties;

    public SubmissionValidator(IntakeReference reference, IntakeProperties properties) {
        this.reference = reference;
        this.properties = properties;
    }

    /** The validated submission, or null when {@code issues} holds an error. */
    public ValidatedSubmission validate(ParsedSubmission parsed, LocalDate receivedOn, boolean allowLocked,
                                        Issues issues) {
        NulCharacters.check(parsed, issues);
        ReportingPeriod period = period(parsed, issues);
        Reporter reporter = reporter(parsed, period, issues);
        boolean onTime = period == null || !receivedOn.isAfter(period.dueOn());
        if (period != null) {
            deadlines(period, receivedOn, allowLocked, reference.openUntil(parsed.orgCode(), period.code())
                    .filter(until -> !receivedOn.isAfter(until)).orElse(null), issues);
        }
        if (reporter != null && period != null) {
            catalogue(parsed, reporter, period, issues);
        }
        if (reporter == null || period == null) {
            return null;
        }
        List<ValidatedSubmission.Value> values = new ValueChecks(reference, reporter.kind(), period, properties, issues)
                .check(parsed.values());
        ContentChecks content = new ContentChecks(period, properties, issues);
        List<ValidatedSubmission.Narrative> narratives = content.narratives(parsed.narratives());
        List<ValidatedSubmission.Activity> activities = content.activities(parsed.activities());
        if (issues.hasErrors()) {
            return null;
        }
        return new ValidatedSubmission(parsed.channel(), reporter.orgId(), reporter.code(), reporter.nameVi(),
                period.code(), onTime, parsed.templateVersion(), parsed.catalogueChecksum(), parsed.submittedBy(),
                values, narratives, activities);
    }

    private ReportingPeriod period(ParsedSubmission parsed, Issues issues) {
        String code = parsed.periodCode();
        Optional<ReportingPeriod> period = code == null ? Optional.empty() : reference.period(code);
        if (period.isEmpty()) {
            issues.error(Rule.UNKNOWN_PERIOD, parsed.periodLocation(),
                    code == null ? "thiếu kỳ báo cáo" : "kỳ báo cáo '" + Texts.quoted(code) + "' không có trong danh mục",
                    code == null ? "the reporting period is missing" : "reporting period '" + Texts.quoted(code) + "' is unknown");
            return null;
        }
        if (!period.get().kind().equals("annual")) {
            issues.error(Rule.UNKNOWN_PERIOD, parsed.periodLocation(), "kỳ '" + Texts.quoted(code)
                            + "' là kỳ sơ kết, tổng hợp từ báo cáo năm; hãy gửi báo cáo theo từng năm",
                    "period '" + Texts.quoted(code) + "' is a review compiled from annual reports; submit annual reports");
            return null;
        }
        return period.get();
    }

    private Reporter reporter(ParsedSubmission parsed, ReportingPeriod period, Issues issues) {
        if (parsed.orgCode() == null) {
            issues.error(Rule.UNKNOWN_ORGANISATION, parsed.orgLocation(), "thiếu mã tổ chức báo cáo",
                    "the organisation code is missing");
            return null;
        }
        if (period == null) {
            if (reference.versions(parsed.orgCode()).isEmpty()) {
                issues.error(Rule.UNKNOWN_ORGANISATION, parsed.orgLocation(), "mã tổ chức '" + Texts.quoted(parsed.orgCode())
                        + "' không có trong danh mục", "organisation code '" + Texts.quoted(parsed.orgCode()) + "' is not in the registry");
            }
            return null;
        }
        ReporterCheck.Outcome outcome = ReporterCheck.resolve(reference, parsed.orgCode(), period);
        if (!outcome.found()) {
            issues.error(outcome.rule(), parsed.orgLocation(), outcome.vi(), outcome.en());
        }
        return outcome.reporter();
    }

    /** {@code openedUntil}: the day an administrator opened the locked period until for this organisation, or null. */
    private static void deadlines(ReportingPeriod period, LocalDate receivedOn, boolean allowLocked, LocalDate openedUntil,
                                  Issues issues) {
        String received = VietnameseFormat.date(receivedOn);
        if (receivedOn.isBefore(period.startsOn())) {
            issues.error(Rule.PERIOD_NOT_STARTED, Location.FILE, "nhận ngày " + received + ", trước khi kỳ "
                            + period.code() + " bắt đầu (" + VietnameseFormat.date(period.startsOn()) + ")",
                    "received " + receivedOn + ", before period " + period.code() + " starts (" + period.startsOn() + ")");
        } else if (receivedOn.isAfter(period.locksOn())) {
            String vi = "nhận ngày " + received + ", sau ngày khóa sổ kỳ " + period.code() + " ("
                    + VietnameseFormat.date(period.locksOn()) + ")";
            String en = "received " + receivedOn + ", after period " + period.code() + " locked (" + period.locksOn() + ")";
            if (openedUntil != null) {
                issues.warning(Rule.PERIOD_LOCK_OVERRIDDEN, Location.FILE, vi + "; được nhận vì quản trị viên đã mở lại kỳ "
                        + "cho đơn vị đến hết ngày " + VietnameseFormat.date(openedUntil), en + "; accepted because an "
                        + "administrator opened the period again for the organisation until " + openedUntil);
            } else if (allowLocked) {
                issues.warning(Rule.PERIOD_LOCK_OVERRIDDEN, Location.FILE, vi + "; được nhận theo lệnh --allow-locked",
                        en + "; accepted because of --allow-locked");
            } else {
                issues.error(Rule.PERIOD_LOCKED, Location.FILE, vi + "; không nhận nữa (cán bộ vận hành có thể cho phép "
                        + "bằng --allow-locked)", en + "; no longer accepted (an operator may override with --allow-locked)");
            }
        }
        if (receivedOn.isAfter(period.dueOn()) && !receivedOn.isAfter(period.locksOn())) {
            issues.warning(Rule.LATE, Location.FILE, "nộp muộn: nhận ngày " + received + ", hạn là "
                            + VietnameseFormat.date(period.dueOn()),
                    "late: received " + receivedOn + ", due " + period.dueOn());
        }
    }

    private void catalogue(ParsedSubmission parsed, Reporter reporter, ReportingPeriod period, Issues issues) {
        if (parsed.channel() == Channel.XLSX && !TemplateLayout.VERSION.equals(parsed.templateVersion())) {
            issues.error(Rule.TEMPLATE_VERSION, Location.cell(TemplateLayout.META_SHEET, "B1"), "phiên bản biểu mẫu '"
                            + parsed.templateVersion() + "' không được hỗ trợ; hãy tải biểu mẫu " + TemplateLayout.VERSION,
                    "template version '" + Texts.quoted(parsed.templateVersion()) + "' is not supported; download template "
                            + TemplateLayout.VERSION);
            return;
        }
        String expected = reference.catalogueChecksum(reporter.kind(), period);
        boolean mustMatch = parsed.channel() == Channel.XLSX || parsed.catalogueChecksum() != null;
        if (mustMatch && !expected.equals(parsed.catalogueChecksum())) {
            Location where = parsed.channel() == Channel.XLSX ? Location.cell(TemplateLayout.META_SHEET, "B6")
                    : new Location(null, "$.catalogue_checksum", null);
            issues.error(Rule.CATALOGUE_CHANGED, where, "biểu mẫu được lập theo danh mục chỉ tiêu khác với danh mục hiện hành "
                            + "của kỳ " + period.code() + "; hãy tải biểu mẫu mới và nhập lại",
                    "the template was built for another indicator catalogue than the one in force for period "
                            + period.code() + "; download a new template");
        }
    }
}
