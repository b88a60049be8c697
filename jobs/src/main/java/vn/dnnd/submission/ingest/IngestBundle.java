package vn.dnnd.submission.ingest;

import java.util.List;
import vn.dnnd.submission.parse.Channel;
import vn.dnnd.submission.validation.Issue;

/**
 * A multi-organisation file after parsing and validation: either its parts, each accepted or
 * rejected on its own, or (when the file could not be read as a whole) {@code fileIssues} and no parts.
 */
public record IngestBundle(InboxFile file, String sha256, Channel channel, List<Issue> fileIssues,
                           List<IngestItem> parts) {

    public boolean readable() {
        return parts != null;
    }

    /** The file as one rejected item, for a bundle that could not be read at all. */
    IngestItem asRejectedFile() {
        return new IngestItem(file, sha256, channel, null, null, null, null, fileIssues, null, null);
    }
}
