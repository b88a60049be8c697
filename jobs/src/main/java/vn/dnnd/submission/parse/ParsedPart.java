package vn.dnnd.submission.parse;

import vn.dnnd.submission.validation.Issues;

/**
 * One organisation-period of a multi-organisation file: where it is in the file ({@code partRef}:
 * "dòng 2–43" or "$.submissions[7]"), its canonical content (whose sha256 identifies the part for
 * duplicate detection, whatever else the file holds), what was read, and its own problems.
 */
public record ParsedPart(String partRef, byte[] canonical, ParsedSubmission submission, Issues issues) {
}
