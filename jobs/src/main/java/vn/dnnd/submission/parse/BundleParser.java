package vn.dnnd.submission.parse;

import java.util.List;
import vn.dnnd.submission.validation.Issues;

/**
 * Reads a multi-organisation file into its parts. Problems of the file as a whole (encoding, syntax,
 * header) go to {@code fileIssues} and the result is null; a part's problems go to the part's issues.
 */
public interface BundleParser {

    List<ParsedPart> parse(byte[] content, Issues fileIssues);
}
