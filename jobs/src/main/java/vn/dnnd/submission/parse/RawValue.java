package vn.dnnd.submission.parse;

import vn.dnnd.submission.validation.Location;

/** One indicator answer as written: the code, the value, a "not applicable" mark and a note. */
public record RawValue(String indicatorCode, CellInput value, boolean markedNotApplicable, String note,
                       Location location) {
}
