package vn.dnnd.referencedata;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.infrastructure.item.file.LineMapper;
import org.springframework.batch.infrastructure.item.file.transform.DelimitedLineTokenizer;
import org.springframework.batch.infrastructure.item.file.transform.FieldSet;
import org.springframework.batch.infrastructure.item.file.transform.IncorrectTokenCountException;

/**
 * Splits an RFC 4180 line into named values. A line with the wrong number of fields becomes a
 * problem for that line rather than an exception, so one load reports every bad line.
 */
final class CsvLineMapper implements LineMapper<CsvLine> {

    private final ReferenceFile file;
    private final DelimitedLineTokenizer tokenizer = new DelimitedLineTokenizer(",");

    CsvLineMapper(ReferenceFile file) {
        this.file = file;
        tokenizer.setNames(file.columns().toArray(String[]::new));
        tokenizer.setStrict(true);
    }

    @Override
    public CsvLine mapLine(String line, int lineNumber) {
        try {
            FieldSet fields = tokenizer.tokenize(line);
            Map<String, String> values = new LinkedHashMap<>();
            for (String column : file.columns()) {
                values.put(column, fields.readRawString(column));
            }
            return new CsvLine(file.fileName(), lineNumber, values, null);
        } catch (IncorrectTokenCountException e) {
            return new CsvLine(file.fileName(), lineNumber, Map.of(),
                    "có " + e.getActualCount() + " cột, cần " + e.getExpectedCount()
                            + " (has " + e.getActualCount() + " fields, expected " + e.getExpectedCount() + ")");
        }
    }
}
