package vn.dnnd.submission.ingest;

import java.util.List;
import vn.dnnd.submission.parse.Channel;
import vn.dnnd.submission.validation.Issue;
import vn.dnnd.submission.validation.Issues;
import vn.dnnd.submission.validation.ValidatedSubmission;

/**
 * What one inbox file, or one organisation-period of a multi-organisation file, turned out to be
 * after parsing and validation: accepted (with its submission) or rejected (with its errors);
 * warnings either way. For a part, {@code part} names its organisation and period, {@code partRef}
 * where it is in the file, and {@code sha256} is that of the part's canonical content.
 */
public record IngestItem(InboxFile file, String sha256, Channel channel, String orgCode, String periodCode,
                         String submittedBy, ValidatedSubmission submission, List<Issue> issues, Issue.Part part,
                         String partRef) {

    /** A new, empty collection of issues for this item's file (and part). */
    public Issues newIssues() {
        return new Issues(file.name(), part);
    }

    public boolean accepted() {
        return submission != null;
    }

    public int errorCount() {
        return (int) issues.stream().filter(Issue::isError).count();
    }

    public int warningCount() {
        return issues.size() - errorCount();
    }
}
