package vn.dnnd.submission.ingest;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dnnd.submission.parse.VietnameseNumber;
import vn.dnnd.submission.reference.IntakeReference;
import vn.dnnd.submission.validation.Issue;
import vn.dnnd.submission.validation.Issues;
import vn.dnnd.submission.validation.Location;
import vn.dnnd.system.Rule;
import vn.dnnd.submission.validation.ValidatedSubmission;

/** Warnings (never errors) for values far from the organisation's own earlier years. */
final class OutlierWarnings {

    private final IntakeRecords records;
    private final IntakeReference reference;
    private final int factor;

    OutlierWarnings(IntakeRecords records, IntakeReference reference, int factor) {
        this.records = records;
        this.reference = reference;
        this.factor = factor;
    }

    Map<Long, List<Issue>> find(List<PlannedFile.Accepted> accepted) {
        Map<Long, PlannedFile.Accepted> byId = new HashMap<>();
        accepted.forEach(f -> byId.put(f.submissionId(), f));
        Map<Long, Map<String, ValidatedSubmission.Value>> values = new HashMap<>();
        Map<Long, Issues> found = new HashMap<>();
        for (IntakeRecords.Outlier o : records.outliers(List.copyOf(byId.keySet()), factor)) {
            PlannedFile.Accepted file = byId.get(o.submissionId());
            ValidatedSubmission.Value v = values.computeIfAbsent(o.submissionId(), id -> byCode(file)).get(o.indicatorCode());
            warn(found.computeIfAbsent(o.submissionId(), id -> file.item().newIssues()), o, v);
        }
        Map<Long, List<Issue>> warnings = new HashMap<>();
        found.forEach((id, issues) -> warnings.put(id, issues.all()));
        return warnings;
    }

    private static Map<String, ValidatedSubmission.Value> byCode(PlannedFile.Accepted file) {
        Map<String, ValidatedSubmission.Value> values = new HashMap<>();
        file.item().submission().values().forEach(v -> values.put(v.indicatorCode(), v));
        return values;
    }

    private void warn(Issues issues, IntakeRecords.Outlier b, ValidatedSubmission.Value v) {
        boolean high = b.high();
        String bound = VietnameseNumber.format(high ? b.highest() : b.lowest());
        String value = VietnameseNumber.format(v.numeric());
        issues.warning(Rule.OUTLIER, Location.fromCompact(v.sourceRef()),
                reference.indicator(b.indicatorCode()).orElseThrow(), value,
                "giá trị " + value + (high ? " cao hơn " : " thấp hơn ") + factor + " lần so với "
                        + (high ? "mức cao nhất " : "mức thấp nhất ") + bound + " của chính đơn vị trong " + b.years()
                        + " năm trước; hãy kiểm tra lại (chỉ cảnh báo)",
                "value " + v.numeric().toPlainString() + " is more than " + factor + " times "
                        + (high ? "above the highest " : "below the lowest ") + plain(high ? b.highest() : b.lowest())
                        + " of the organisation's own " + b.years() + " earlier year(s); please check (warning only)");
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
