package vn.dnnd.submission.sample;

import java.math.BigDecimal;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.dnnd.submission.parse.JsonSubmissionParser;
import vn.dnnd.submission.parse.VietnameseNumber;

/** Writes a sample submission as each channel's users would: a filled template, a long CSV, a JSON file. */
final class SampleFileWriters {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SampleFileWriters() {
    }

    static String csv(SampleSubmission s) {
        StringBuilder csv = new StringBuilder("organisation;period;indicator;value;note\r\n");
        String prefix = s.reporter().code() + ";" + s.period().code() + ";";
        s.answers().forEach((code, answer) -> csv.append(prefix).append(code).append(';').append(csvValue(answer))
                .append(";\r\n"));
        for (SampleSubmission.Narrative n : s.narratives()) {
            csv.append(prefix).append('T').append(n.task()).append(':').append(n.section()).append(";\"")
                    .append(n.text().replace("\"", "\"\"")).append("\";\r\n");
        }
        return csv.toString();
    }

    private static String csvValue(Object answer) {
        if (answer instanceof Boolean yes) {
            return yes ? "có" : "không";
        }
        if (answer instanceof BigDecimal number) {
            return VietnameseNumber.format(number);
        }
        return SampleSubmission.NOT_APPLICABLE.equals(answer) ? "Không áp dụng" : answer.toString();
    }

    static String json(SampleSubmission s) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", JsonSubmissionParser.SCHEMA).put("organisation", s.reporter().code())
                .put("period", s.period().code()).put("submitted_by", s.submittedBy());
        ArrayNode values = root.putArray("values");
        s.answers().forEach((code, answer) -> {
            ObjectNode value = values.addObject().put("indicator", code);
            if (answer instanceof Boolean yes) {
                value.put("value", yes);
            } else if (answer instanceof BigDecimal number) {
                value.put("value", number);
            } else if (SampleSubmission.NOT_APPLICABLE.equals(answer)) {
                value.put("not_applicable", true);
            } else {
                value.put("value", answer.toString());
            }
        });
        ArrayNode narratives = root.putArray("narratives");
        s.narratives().forEach(n -> narratives.addObject().put("task", n.task()).put("section", n.section()).put("text", n.text()));
        ArrayNode activities = root.putArray("activities");
        s.activities().forEach(a -> activities.addObject().put("task", a.task()).put("date", a.date().toString())
                .put("kind", a.kind()).put("partner_country", a.partnerCountry()).put("partner_organisation", a.partnerOrg())
                .put("participants", a.participants()).put("amount_vnd", a.amount()).put("description", a.description()));
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }
}
