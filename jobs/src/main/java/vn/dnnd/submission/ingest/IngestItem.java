package vn.dnnd.submission.ingest;

import java.util.List;
import vn.dnnd.submission.parse.Channel;
import vn.dnnd.submission.validation.Issue;
import vn.dnnd.submission.validation.ValidatedSubmission;

/**
 * What one inbox file turned out to be after parsing and validation: accepted (with its
 * submission) or rejected (with its errors); warnings either way.
 */
public record IngestItem(InboxFile file, String sha256, Channel channel, String orgCode, String periodCode,
                         String submittedBy, ValidatedSubmission submission, List<Issue> issues) {

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
