package vn.dnnd.submission.upload;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.dnnd.submission.ingest.IngestItem;
import vn.dnnd.submission.parse.Texts;
import vn.dnnd.submission.validation.Issue;
import vn.dnnd.submission.validation.Issues;
import vn.dnnd.submission.validation.Location;
import vn.dnnd.system.Rule;

/**
 * The verdicts of uploads turned away before anything is stored, each with one message in the form of the
 * intake's (file, rule, Vietnamese then English). Decided before reading (name, size) or after parsing and
 * validating, before writing (whom the file is for).
 */
final class UploadRefusals {

    private UploadRefusals() {
    }

    static UploadVerdict wrongType(String fileName) {
        Issues issues = new Issues(fileName);
        issues.error(Rule.UNKNOWN_FORMAT, Location.FILE, "cổng nộp báo cáo chỉ nhận tệp .xlsx (biểu mẫu), .csv hoặc "
                        + ".json; không có gì được lưu",
                "the portal accepts only .xlsx (the template), .csv or .json files; nothing was stored");
        return refused(UploadRefusal.WRONG_TYPE, null, null, fileName, issues.all());
    }

    static UploadVerdict multiOrganisation(String fileName, String org, String period, List<Issue> found) {
        Issues issues = new Issues(fileName);
        issues.error(Rule.MULTI_ORGANISATION_UPLOAD, Location.FILE, "cổng nộp báo cáo nhận báo cáo của một tổ chức "
                        + "cho một kỳ trong mỗi tệp; tệp nhiều tổ chức (.multi.csv, .multi.json) hãy gửi vào thư mục nhận "
                        + "của hệ thống; không có gì được lưu",
                "the portal takes one organisation's report for one period per file; send multi-organisation files "
                        + "(.multi.csv, .multi.json) to the system's inbox; nothing was stored");
        List<Issue> all = new ArrayList<>(issues.all());
        all.addAll(found.stream().filter(i -> i.rule() == Rule.MIXED_ORGANISATION).toList());
        return refused(UploadRefusal.MULTI_ORGANISATION, org, period, fileName, all);
    }

    static UploadVerdict tooLarge(String fileName, long limit) {
        Issues issues = new Issues(fileName);
        String mb = String.format(Locale.ROOT, "%.1f", limit / 1048576.0);
        issues.error(Rule.FILE_TOO_LARGE, Location.FILE, "tệp lớn hơn giới hạn " + mb.replace('.', ',') + " MB của "
                        + "cổng nộp báo cáo; biểu mẫu điền đủ chỉ khoảng 0,1 MB; không có gì được lưu",
                "the file is larger than the portal's limit of " + mb + " MB; a filled template is about 0.1 MB; "
                        + "nothing was stored");
        return refused(UploadRefusal.TOO_LARGE, null, null, fileName, issues.all());
    }

    /** Null when the file may be stored: one organisation, one the sender may act for, the one it was sent for. */
    static UploadVerdict check(IngestItem item, UploadRequest request, String fileName) {
        String org = item.orgCode();
        String period = item.periodCode();
        if (item.issues().stream().anyMatch(i -> i.rule() == Rule.MIXED_ORGANISATION)) {
            return multiOrganisation(fileName, org, period, item.issues());
        }
        if (org != null && !request.mayActFor().test(org)) {
            Issues issues = new Issues(fileName);
            issues.error(Rule.ORGANISATION_FORBIDDEN, Location.FILE,
                    "tệp là báo cáo của tổ chức '" + Texts.quoted(org) + "'; tài khoản này không được nộp báo cáo "
                            + "cho tổ chức đó; không có gì được lưu",
                    "the file is the report of organisation '" + Texts.quoted(org) + "'; this account may not submit "
                            + "for it; nothing was stored");
            return refused(UploadRefusal.FORBIDDEN, org, period, fileName, issues.all());
        }
        UploadTarget target = request.target();
        boolean otherOrg = target != null && target.organisation() != null && org != null
                && !org.equals(target.organisation());
        boolean otherPeriod = target != null && target.period() != null && period != null
                && !period.equals(target.period());
        if (otherOrg || otherPeriod) {
            Issues issues = new Issues(fileName);
            String says = Texts.quoted(org == null ? "?" : org);
            String saysPeriod = Texts.quoted(period == null ? "?" : period);
            issues.error(Rule.OTHER_TARGET, Location.FILE, "tệp là báo cáo của " + says + " kỳ "
                            + saysPeriod + ", nhưng được gửi ở trang nộp báo cáo của " + target.organisation()
                            + (target.period() == null ? "" : " kỳ " + target.period())
                            + "; hãy gửi đúng tệp hoặc đúng trang; không có gì được lưu",
                    "the file is the report of " + says + " for period " + saysPeriod
                            + ", but was sent on the page of " + target.organisation()
                            + (target.period() == null ? "" : " for period " + target.period())
                            + "; send the right file or use the right page; nothing was stored");
            return refused(UploadRefusal.OTHER_TARGET, org, period, fileName, issues.all());
        }
        return null;
    }

    private static UploadVerdict refused(UploadRefusal refusal, String org, String period, String fileName,
                                         List<Issue> issues) {
        return new UploadVerdict(UploadStatus.REJECTED, refusal, org, period, null, null, null, fileName,
                issues.stream().map(UploadIssue::of).toList());
    }
}
