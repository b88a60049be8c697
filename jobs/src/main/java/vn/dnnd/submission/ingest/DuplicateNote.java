package vn.dnnd.submission.ingest;

import java.time.OffsetDateTime;
import java.util.List;
import vn.dnnd.reports.text.VietnameseFormat;
import vn.dnnd.submission.validation.Issue;
import vn.dnnd.submission.validation.Issues;
import vn.dnnd.submission.validation.Location;
import vn.dnnd.system.Rule;

/** The one warning a duplicate file is stored with: which file it repeats, when that came, and what became of it. */
final class DuplicateNote {

    private DuplicateNote() {
    }

    static List<Issue> of(IngestItem item, String originalName, OffsetDateTime originalAt,
                          IntakeFileOutcome originalOutcome) {
        Issues issues = item.newIssues();
        String when = VietnameseFormat.date(originalAt.toLocalDate());
        String outcome = originalOutcome.code();
        issues.warning(Rule.DUPLICATE_FILE, Location.FILE, "nội dung giống hệt tệp " + originalName + " đã nhận ngày "
                        + when + " (kết quả: " + outcome + "); tệp này được bỏ qua, không thay đổi dữ liệu",
                "identical to " + originalName + " received " + originalAt.toLocalDate() + " (outcome: " + outcome
                        + "); this file was skipped and changed nothing");
        return issues.all();
    }
}
