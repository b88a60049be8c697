package vn.dnnd.submission.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import vn.dnnd.submission.validation.Issue;
import vn.dnnd.submission.validation.Issues;
import vn.dnnd.submission.validation.Location;
import vn.dnnd.system.Rule;

/**
 * A JSON document of many submissions ({@code *.multi.json}, schema "dnnd-submissions/1"): an array
 * "submissions" of dnnd-submission/1 objects, each one part. Places in messages are JSON paths from
 * the document's root ({@code $.submissions[7].values[3].value}). An organisation and period given
 * twice in one document is refused the second time.
 */
public final class JsonBundleParser implements BundleParser {

    public static final String SCHEMA = "dnnd-submissions/1";

    @Override
    public List<ParsedPart> parse(byte[] content, Issues fileIssues) {
        JsonNode root = JsonSubmissionParser.tree(content, fileIssues);
        if (root == null) {
            return null;
        }
        if (!root.isObject() || !SCHEMA.equals(JsonSubmissionParser.text(root.get("schema")))
                || !root.path("submissions").isArray()) {
            fileIssues.error(Rule.STRUCTURE, Location.FILE, "tệp .multi.json phải là một đối tượng với \"schema\": \""
                            + SCHEMA + "\" và mảng \"submissions\"",
                    "a .multi.json file must be one object with \"schema\": \"" + SCHEMA + "\" and an array \"submissions\"");
            return null;
        }
        JsonNode array = root.get("submissions");
        List<ParsedPart> parts = new ArrayList<>(array.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            parts.add(part(array.get(i), "$.submissions[" + i + "]", fileIssues.fileName(), seen));
        }
        return parts;
    }

    private static ParsedPart part(JsonNode node, String path, String fileName, Set<String> seen) {
        String org = node.isObject() ? JsonSubmissionParser.text(node.get("organisation")) : null;
        String period = node.isObject() ? JsonSubmissionParser.text(node.get("period")) : null;
        org = org == null ? null : org.toUpperCase();
        Issues issues = new Issues(fileName, new Issue.Part(CsvBundleParser.shown(org), CsvBundleParser.shown(period)));
        byte[] canonical = ("dnnd-part/1\n" + node).getBytes(StandardCharsets.UTF_8);
        if (!node.isObject()) {
            issues.error(Rule.STRUCTURE, new Location(null, path, null), "mỗi phần tử của \"submissions\" phải là "
                    + "một đối tượng dnnd-submission/1", "each element of \"submissions\" must be a dnnd-submission/1 object");
            return new ParsedPart(path, canonical, null, issues);
        }
        if (org != null && period != null && !seen.add(org + "\t" + period)) {
            issues.error(Rule.MIXED_ORGANISATION, new Location(null, path + ".organisation", null), "tổ chức " + org
                            + " kỳ " + period + " đã có ở phần trước trong cùng tệp; mỗi tổ chức và kỳ chỉ một lần",
                    "organisation " + org + " period " + period + " already appears earlier in this file; "
                            + "each organisation and period once");
        }
        return new ParsedPart(path, canonical, JsonSubmissionParser.read(node, path, issues), issues);
    }
}
