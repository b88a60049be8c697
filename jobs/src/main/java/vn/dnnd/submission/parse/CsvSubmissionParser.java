package vn.dnnd.submission.parse;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.dnnd.submission.validation.Issues;
import vn.dnnd.submission.validation.Location;
import vn.dnnd.system.Rule;

/**
 * The long CSV channel: one line per answer, columns organisation, period, indicator, value, note
 * (optional submitted_by), UTF-8 with or without BOM, comma or semicolon. A line whose indicator is
 * "T3:achievements" (task and section) carries narrative text in its value.
 */
public final class CsvSubmissionParser implements SubmissionParser {

    private final int maxLines;

    /** {@code maxLines}: a file of more data lines is refused as it is read (it is no report, and would fill the heap). */
    public CsvSubmissionParser(int maxLines) {
        this.maxLines = maxLines;
    }

    @Override
    public ParsedSubmission parse(Path file, byte[] content, Issues issues) {
        String text = text(content, issues);
        if (text == null) {
            return null;
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format(text))) {
            CsvColumns columns = CsvColumns.of(parser.getHeaderMap(), issues);
            if (columns == null) {
                return null;
            }
            return records(parser, columns, maxLines, issues);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            CsvSyntax.describe(e, issues);
            return null;
        }
    }

    /** The file's text, or null (and an error) when it is not UTF-8. */
    static String text(byte[] content, Issues issues) {
        Utf8Text.Decoded decoded = Utf8Text.decode(content);
        if (decoded.utf16()) {
            issues.error(Rule.ENCODING, Location.FILE,
                    "tệp CSV được lưu dạng UTF-16 (\"Unicode Text\"); hãy lưu lại dạng \"CSV UTF-8\"",
                    "the CSV file is saved as UTF-16 (\"Unicode Text\"); save it again as \"CSV UTF-8\"");
            return null;
        }
        if (!decoded.ok()) {
            issues.error(Rule.ENCODING, Location.line(decoded.badLine(), null),
                    "tệp CSV không phải mã UTF-8 (có thể là Windows-1258 hoặc TCVN3); hãy lưu lại dạng \"CSV UTF-8\"",
                    "the CSV file is not UTF-8 (perhaps Windows-1258 or TCVN3); save it again as \"CSV UTF-8\"");
            return null;
        }
        return decoded.text();
    }

    /** The delimiter is the one the header line uses most (Excel writes ';' under a Vietnamese locale). */
    static CSVFormat format(String text) {
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setTrim(true).setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();
    }

    private static ParsedSubmission records(CSVParser parser, CsvColumns columns, int maxLines, Issues issues) {
        List<RawValue> values = new ArrayList<>();
        List<RawNarrative> narratives = new ArrayList<>();
        String org = null;
        String period = null;
        String submittedBy = null;
        long lastLine = 1;
        Iterator<CSVRecord> records = parser.iterator();
        while (records.hasNext()) {
            CSVRecord record = records.next();
            if (record.getRecordNumber() > maxLines) {
                tooManyLines(maxLines, issues);
                return null;
            }
            int line = (int) lastLine + 1;
            lastLine = parser.getCurrentLineNumber();
            String rowOrg = upper(columns.get(record, columns.organisation()));
            String rowPeriod = Texts.clean(columns.get(record, columns.period()));
            if (org == null && period == null) {
                org = rowOrg;
                period = rowPeriod;
            } else if (!same(org, rowOrg) || !same(period, rowPeriod)) {
                issues.error(Rule.MIXED_ORGANISATION, Location.line(line, "organisation"),
                        "dòng này ghi " + rowOrg + " kỳ " + rowPeriod + ", khác dòng đầu (" + org + " kỳ " + period
                                + "); mỗi tệp chỉ chứa báo cáo của một tổ chức cho một kỳ (tệp nhiều tổ chức phải có "
                                + "tên kết thúc bằng .multi.csv)",
                        "this line says " + rowOrg + " period " + rowPeriod + ", unlike the first line (" + org
                                + " period " + period + "); one file holds one organisation's report for one period "
                                + "(a file of many organisations must be named *.multi.csv)");
            }
            if (submittedBy == null && columns.submittedBy() != null) {
                submittedBy = Texts.clean(columns.get(record, columns.submittedBy()));
            }
            addLine(record, columns, line, values, narratives);
        }
        if (org == null) {
            issues.error(Rule.STRUCTURE, Location.FILE, "tệp CSV không có dòng số liệu nào sau dòng tiêu đề",
                    "the CSV file has no data lines after its header");
            return null;
        }
        return new ParsedSubmission(Channel.CSV, org, Location.line(2, "organisation"), period, Location.line(2, "period"),
                null, null, submittedBy, values, narratives, List.of());
    }

    static void tooManyLines(int maxLines, Issues issues) {
        issues.error(Rule.TOO_MANY_CELLS, Location.FILE, "tệp CSV có hơn " + VietnameseNumber.format(BigDecimal.valueOf(maxLines))
                        + " dòng số liệu; tệp không được đọc tiếp",
                "the CSV file has more than " + maxLines + " data lines; it was not read further");
    }

    /** One data line: an indicator's answer, or (indicator "T3:achievements") a narrative section. */
    static void addLine(CSVRecord record, CsvColumns columns, int line, List<RawValue> values,
                        List<RawNarrative> narratives) {
        String indicator = Texts.clean(columns.get(record, columns.indicator()));
        String value = columns.get(record, columns.value());
        Location where = Location.line(line, "value");
        if (indicator != null && indicator.indexOf(':') >= 0) {
            String[] parts = indicator.split(":", 2);
            narratives.add(new RawNarrative(parts[0].replaceFirst("^[Tt]", ""), parts[1], Texts.clean(value), where));
        } else if (indicator != null || Texts.clean(value) != null) {
            boolean notApplicable = Texts.meansNotApplicable(value);
            values.add(new RawValue(indicator == null ? "" : indicator.toUpperCase(),
                    notApplicable ? CellInput.BLANK : CellInput.text(value), notApplicable,
                    Texts.clean(columns.get(record, columns.note())), where));
        }
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    static String upper(String text) {
        String cleaned = Texts.clean(text);
        return cleaned == null ? null : cleaned.toUpperCase();
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }

    /** Header positions found by name (English or Vietnamese), so column order does not matter. */
    record CsvColumns(Integer organisation, Integer period, Integer indicator, Integer value, Integer note,
                      Integer submittedBy) {

        private static final Map<String, String> ALIASES = Map.ofEntries(
                Map.entry("organisation", "organisation"), Map.entry("organization", "organisation"),
                Map.entry("tổ chức", "organisation"), Map.entry("đơn vị", "organisation"),
                Map.entry("period", "period"), Map.entry("kỳ", "period"), Map.entry("kỳ báo cáo", "period"),
                Map.entry("indicator", "indicator"), Map.entry("chỉ tiêu", "indicator"),
                Map.entry("value", "value"), Map.entry("giá trị", "value"),
                Map.entry("note", "note"), Map.entry("ghi chú", "note"),
                Map.entry("submitted_by", "submitted_by"), Map.entry("người gửi", "submitted_by"));

        static CsvColumns of(Map<String, Integer> header, Issues issues) {
            Map<String, Integer> found = new java.util.HashMap<>();
            header.forEach((name, index) -> {
                String key = ALIASES.get(String.valueOf(Texts.clean(name)).toLowerCase());
                if (key != null) {
                    found.putIfAbsent(key, index);
                }
            });
            List<String> missing = List.of("organisation", "period", "indicator", "value").stream()
                    .filter(name -> !found.containsKey(name)).toList();
            if (!missing.isEmpty()) {
                issues.error(Rule.STRUCTURE, Location.line(1, null),
                        "dòng tiêu đề thiếu cột " + missing + "; cần: organisation, period, indicator, value, note",
                        "the header lacks column(s) " + missing + "; expected: organisation, period, indicator, value, note");
                return null;
            }
            return new CsvColumns(found.get("organisation"), found.get("period"), found.get("indicator"),
                    found.get("value"), found.get("note"), found.get("submitted_by"));
        }

        String get(CSVRecord record, Integer column) {
            return column == null || column >= record.size() ? null : record.get(column);
        }
    }
}
