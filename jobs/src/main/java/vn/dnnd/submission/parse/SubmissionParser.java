package vn.dnnd.submission.parse;

import java.nio.file.Path;
import vn.dnnd.submission.validation.Issues;

/**
 * Reads one channel's files. {@code content} is the file's bytes, already read once for its
 * checksum. Problems go to {@code issues}; null means nothing usable could be read.
 */
public interface SubmissionParser {

    ParsedSubmission parse(Path file, byte[] content, Issues issues);
}
