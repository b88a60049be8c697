package vn.dnnd.submission.parse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dnnd.submission.validation.Issues;
import vn.dnnd.submission.validation.Location;
import vn.dnnd.system.Rule;

/**
 * The JSON channel (schema "dnnd-submission/1", documented in docs/submission-json.md). Places in
 * messages are JSON paths such as {@code $.values[3].value}.
 */
public final class JsonSubmissionParser implements SubmissionParser {

    public static final String SCHEMA = "dnnd-submission/1";

    /**
     * Tokens (values, names, brackets) one document may hold: a multi-organisation file of thousands of
     * reports stays far below; a 20 MB array of zeros (ten million tokens) would fill the heap as a tree.
     */
    static final long MAX_TOKENS = 3_000_000;

    static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxTokenCount(MAX_TOKENS).build()).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    @Override
    public ParsedSubmission parse(Path file, byte[] content, Issues issues) {
        JsonNode root = tree(content, issues);
        if (root == null) {
            return null;
        }
        if (root.isObject() && JsonBundleParser.SCHEMA.equals(text(root.get("schema")))) {
            issues.error(Rule.STRUCTURE, new Location(null, "$.schema", null), "tệp theo lược đồ '"
                            + JsonBundleParser.SCHEMA + "' (nhiều tổ chức) phải có tên kết thúc bằng .multi.json",
                    "a '" + JsonBundleParser.SCHEMA + "' file (many organisations) must be named *.multi.json");
            return null;
        }
        if (!root.isObject()) {
            issues.error(Rule.STRUCTURE, Location.FILE, "tệp JSON phải là một đối tượng {…}",
                    "the JSON file must be one object {…}");
            return null;
        }
        return read(root, "$", issues);
    }

    /** The document's tree, or null (and an error naming the line) when it is not UTF-8 or not JSON. */
    static JsonNode tree(byte[] content, Issues issues) {
        Utf8Text.Decoded decoded = Utf8Text.decode(content);
        if (!decoded.ok()) {
            issues.error(Rule.ENCODING, decoded.utf16() ? Location.FILE : Location.line(decoded.badLine(), null),
                    decoded.utf16() ? "tệp JSON được lưu dạng UTF-16; JSON phải là UTF-8" : "tệp JSON không phải mã UTF-8",
                    decoded.utf16() ? "the JSON file is saved as UTF-16; JSON must be UTF-8" : "the JSON file is not UTF-8");
            return null;
        }
        try {
            JsonNode root = MAPPER.readTree(decoded.text());
            if (root == null || root.isMissingNode()) {
                issues.error(Rule.STRUCTURE, Location.FILE, "tệp JSON không có nội dung", "the JSON file has no content");
                return null;
            }
            return root;
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            issues.error(Rule.STRUCTURE, line > 0 ? Location.line(line, null) : Location.FILE,
                    "tệp JSON sai cú pháp: " + JsonSyntax.vietnamese(e), "malformed JSON: " + JsonSyntax.english(e));
            return null;
        }
    }

    /** One dnnd-submission/1 object found at {@code base} ("$", or "$.submissions[3]" in a bundle). */
    static ParsedSubmission read(JsonNode root, String base, Issues issues) {
        String schema = text(root.get("schema"));
        if (schema != null && !SCHEMA.equals(schema)) {
            issues.error(Rule.TEMPLATE_VERSION, new Location(null, base + ".schema", null),
                    "lược đồ '" + Texts.quoted(schema) + "' không được hỗ trợ; cần '" + SCHEMA + "'",
                    "schema '" + Texts.quoted(schema) + "' is not supported; expected '" + SCHEMA + "'");
        }
        String org = text(root.get("organisation"));
        return new ParsedSubmission(Channel.JSON, org == null ? null : org.toUpperCase(),
                new Location(null, base + ".organisation", null), text(root.get("period")),
                new Location(null, base + ".period", null), null, text(root.get("catalogue_checksum")),
                text(root.get("submitted_by")), values(root.path("values"), base, issues),
                narratives(root.path("narratives"), base), JsonActivities.read(root.path("activities"), base));
    }

    private static List<RawValue> values(JsonNode array, String base, Issues issues) {
        List<RawValue> values = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            String path = base + ".values[" + i + "]";
            String code = text(item.get("indicator"));
            if (code == null) {
                issues.error(Rule.STRUCTURE, new Location(null, path + ".indicator", null),
                        "thiếu mã chỉ tiêu (\"indicator\")", "\"indicator\" is missing");
                continue;
            }
            JsonNode value = item.path("value");
            boolean notApplicable = item.path("not_applicable").asBoolean(false)
                    || (value.isString() && Texts.meansNotApplicable(value.stringValue()));
            values.add(new RawValue(code.toUpperCase(), notApplicable ? CellInput.BLANK : input(value), notApplicable,
                    text(item.get("note")), new Location(null, path + ".value", null)));
        }
        return values;
    }

    private static List<RawNarrative> narratives(JsonNode array, String base) {
        List<RawNarrative> narratives = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            narratives.add(new RawNarrative(text(item.get("task")), text(item.get("section")), text(item.get("text")),
                    new Location(null, base + ".narratives[" + i + "].text", null)));
        }
        return narratives;
    }

    static CellInput input(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return CellInput.BLANK;
        }
        if (value.isNumber()) {
            return new CellInput.Number(value.decimalValue());
        }
        if (value.isBoolean()) {
            return new CellInput.Bool(value.booleanValue());
        }
        return CellInput.text(value.isString() ? value.stringValue() : value.toString());
    }

    static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        return Texts.clean(node.isString() ? node.stringValue() : node.toString());
    }
}
