package vn.dnnd.submission.parse;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import vn.dnnd.submission.validation.Location;

/** The optional "activities" array of a JSON submission. */
final class JsonActivities {

    private JsonActivities() {
    }

    static List<RawActivity> read(JsonNode array, String base) {
        List<RawActivity> activities = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            String path = base + ".activities[" + i + "].";
            activities.add(new RawActivity(i + 1, field(item, path, "task"), field(item, path, "date"),
                    field(item, path, "kind"), field(item, path, "partner_country"),
                    field(item, path, "partner_organisation"), field(item, path, "participants"),
                    field(item, path, "amount_vnd"), field(item, path, "description")));
        }
        return activities;
    }

    private static RawActivity.Field field(JsonNode item, String path, String name) {
        return new RawActivity.Field(JsonSubmissionParser.input(item.get(name)), new Location(null, path + name, null));
    }
}
