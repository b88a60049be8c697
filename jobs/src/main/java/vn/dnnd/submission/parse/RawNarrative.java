package vn.dnnd.submission.parse;

import vn.dnnd.submission.validation.Location;

/** Narrative text for one task and section, as written (task and section still unchecked). */
public record RawNarrative(String task, String section, String text, Location location) {
}
