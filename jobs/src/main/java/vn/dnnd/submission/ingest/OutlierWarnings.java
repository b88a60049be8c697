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
import vn.dnnd.submission.validation.Rule;

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

    Map<Long, List<Issue>> find(List<PlannedFile> accepted) {
        Map<Long, PlannedFile> byId = new HashMap<>();
        accepted.forEach(f -> byId.put(f.submissionId(), f));
        Map<Long, Issues> found = new HashMap<>();
        for (IntakeRecords.OutlierCandidate c : records.outliers(List.copyOf(byId.keySet()), factor)) {
            PlannedFile file = byId.get(c.submissionId());
            Issues issues = found.computeIfAbsent(c.submissionId(), id -> file.item().newIssues());
            boolean high = c.value().compareTo(c.highest()) > 0;
            String bound = VietnameseNumber.format(high ? c.highest() : c.lowest());
            String value = VietnameseNumber.format(c.value());
            issues.warning(Rule.OUTLIER, Location.fromCompact(c.sourceRef()),
                    reference.indicator(c.indicatorCode()).orElseThrow(), value,
                    "giá trị " + value + (high ? " cao hơn " : " thấp hơn ") + factor + " lần so với "
                            + (high ? "mức cao nhất " : "mức thấp nhất ") + bound + " của chính đơn vị trong " + c.years()
                            + " năm trước; hãy kiểm tra lại (chỉ cảnh báo)",
                    "value " + c.value().toPlainString() + " is more than " + factor + " times " + (high ? "above the highest " : "below the lowest ")
                            + plain(high ? c.highest() : c.lowest()) + " of the organisation's own " + c.years()
                            + " earlier year(s); please check (warning only)");
        }
        Map<Long, List<Issue>> warnings = new HashMap<>();
        found.forEach((id, issues) -> warnings.put(id, issues.all()));
        return warnings;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
