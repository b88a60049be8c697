package vn.dnnd.submission.parse;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.dnnd.submission.validation.Issue;
import vn.dnnd.submission.validation.Issues;
import vn.dnnd.submission.validation.Location;
import vn.dnnd.system.Rule;

/**
 * A long CSV of many organisations ({@code *.multi.csv}): the same columns and lines as a single
 * organisation's CSV; the lines of one organisation and period, wherever they are in the file, form
 * one part. A part's canonical content is its lines' fields, in file order, so the same answers
 * sent again (in this or another bundle) are recognised as a duplicate of that part only.
 */
public final class CsvBundleParser implements BundleParser {

    private static final class Builder {
        final String org;
        final String period;
        final int firstLine;
        int lastLine;
        String submittedBy;
        final List<RawValue> values = new ArrayList<>(64);
        final List<RawNarrative> narratives = new ArrayList<>();
        final StringBuilder canonical = new StringBuilder("dnnd-part/1\n");

        Builder(String org, String period, int line) {
            this.org = org;
            this.period = period;
            this.firstLine = line;
        }
    }

    private final int maxLines;

    /** {@code maxLines}: a file of more data lines is refused as it is read. */
    public CsvBundleParser(int maxLines) {
        this.maxLines = maxLines;
    }

    @Override
    public List<ParsedPart> parse(byte[] content, Issues fileIssues) {
        String text = CsvSubmissionParser.text(content, fileIssues);
        if (text == null) {
            return null;
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CsvSubmissionParser.format(text))) {
            CsvSubmissionParser.CsvColumns columns = CsvSubmissionParser.CsvColumns.of(parser.getHeaderMap(), fileIssues);
            if (columns == null) {
                return null;
            }
            Map<String, Builder> parts = new LinkedHashMap<>();
            long lastLine = 1;
            for (CSVRecord record : parser) {
                if (record.getRecordNumber() > maxLines) {
                    CsvSubmissionParser.tooManyLines(maxLines, fileIssues);
                    return null;
                }
                int line = (int) lastLine + 1;
                lastLine = parser.getCurrentLineNumber();
                String org = CsvSubmissionParser.upper(columns.get(record, columns.organisation()));
                String period = Texts.clean(columns.get(record, columns.period()));
                Builder part = parts.computeIfAbsent(org + "\t" + period, k -> new Builder(org, period, line));
                part.lastLine = line;
                if (part.submittedBy == null && columns.submittedBy() != null) {
                    part.submittedBy = Texts.clean(columns.get(record, columns.submittedBy()));
                }
                CsvSubmissionParser.addLine(record, columns, line, part.values, part.narratives);
                for (int i = 0; i < record.size(); i++) {
                    part.canonical.append(i == 0 ? "" : "\t").append(record.get(i));
                }
                part.canonical.append('\n');
            }
            if (parts.isEmpty()) {
                fileIssues.error(Rule.STRUCTURE, Location.FILE, "tệp CSV không có dòng số liệu nào sau dòng tiêu đề",
                        "the CSV file has no data lines after its header");
                return null;
            }
            List<ParsedPart> result = new ArrayList<>(parts.size());
            for (Builder b : parts.values()) {
                result.add(part(b, fileIssues.fileName()));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            CsvSyntax.describe(e, fileIssues);
            return null;
        }
    }

    private static ParsedPart part(Builder b, String fileName) {
        Issues issues = new Issues(fileName, new Issue.Part(shown(b.org), shown(b.period)));
        ParsedSubmission submission = new ParsedSubmission(Channel.CSV, b.org, Location.line(b.firstLine, "organisation"),
                b.period, Location.line(b.firstLine, "period"), null, null, b.submittedBy, b.values, b.narratives,
                List.of());
        String ref = b.firstLine == b.lastLine ? "dòng " + b.firstLine : "dòng " + b.firstLine + "–" + b.lastLine;
        return new ParsedPart(ref, b.canonical.toString().getBytes(StandardCharsets.UTF_8), submission, issues);
    }

    static String shown(String code) {
        return code == null ? "(trống)" : code;
    }
}
