package vn.dnnd.submission.parse;

import java.util.List;
import vn.dnnd.submission.validation.Location;

/**
 * A file read into one shape, whatever its channel: who sends it for which period, and what it
 * says. Nothing is checked yet beyond the file's own syntax.
 */
public record ParsedSubmission(Channel channel, String orgCode, Location orgLocation, String periodCode,
                               Location periodLocation, String templateVersion, String catalogueChecksum,
                               String submittedBy, List<RawValue> values, List<RawNarrative> narratives,
                               List<RawActivity> activities) {
}
