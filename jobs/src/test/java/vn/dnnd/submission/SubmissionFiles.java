package vn.dnnd.submission;

import java.math.BigDecimal;
import java.util.Map;

/** CSV and JSON submissions written by hand, the way a script on the organisation's side would. */
public final class SubmissionFiles {

    private SubmissionFiles() {
    }

    public static String csv(String org, String period, Map<String, Object> answers, char delimiter, String narrative) {
        StringBuilder csv = new StringBuilder("organisation" + delimiter + "period" + delimiter + "indicator" + delimiter
                + "value" + delimiter + "note\r\n");
        answers.forEach((code, answer) -> {
            String value = answer == Answers.NOT_APPLICABLE ? "Không áp dụng"
                    : answer instanceof Boolean yes ? (yes ? "có" : "không")
                    : "\"" + Answers.vietnamese((BigDecimal) answer) + "\"";
            csv.append(String.join(String.valueOf(delimiter), org, period, code, value, "")).append("\r\n");
        });
        if (narrative != null) {
            csv.append(String.join(String.valueOf(delimiter), org, period, "T1:achievements", "\"" + narrative + "\"", ""))
                    .append("\r\n");
        }
        return csv.toString();
    }

    public static String json(String org, String period, Map<String, Object> answers, String narrative) {
        StringBuilder json = new StringBuilder("{\n  \"schema\": \"dnnd-submission/1\",\n  \"organisation\": \"" + org
                + "\",\n  \"period\": \"" + period + "\",\n  \"submitted_by\": \"Trần Văn Bình\",\n  \"values\": [\n");
        String separator = "";
        for (Map.Entry<String, Object> entry : answers.entrySet()) {
            Object answer = entry.getValue();
            String value = answer == Answers.NOT_APPLICABLE ? "\"not_applicable\": true"
                    : "\"value\": " + (answer instanceof BigDecimal number ? number.toPlainString() : answer);
            json.append(separator).append("    {\"indicator\": \"").append(entry.getKey()).append("\", ").append(value)
                    .append("}");
            separator = ",\n";
        }
        json.append("\n  ],\n  \"narratives\": [{\"task\": 1, \"section\": \"achievements\", \"text\": \"")
                .append(narrative).append("\"}]\n}\n");
        return json.toString();
    }
}
