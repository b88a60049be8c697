package vn.dnnd.submission.parse;

import vn.dnnd.submission.validation.Location;

/** One optional activity detail row; each field keeps its own location for messages. */
public record RawActivity(int lineNo, Field task, Field date, Field kind, Field partnerCountry, Field partnerOrg,
                          Field participants, Field amount, Field description) {

    public record Field(CellInput value, Location location) {
    }

    public boolean isEmpty() {
        return task.value().isBlank() && date.value().isBlank() && kind.value().isBlank()
                && partnerCountry.value().isBlank() && partnerOrg.value().isBlank() && participants.value().isBlank()
                && amount.value().isBlank() && description.value().isBlank();
    }
}
