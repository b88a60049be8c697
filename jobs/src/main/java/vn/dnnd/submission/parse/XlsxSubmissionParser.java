package vn.dnnd.submission.parse;

import static vn.dnnd.submission.template.TemplateLayout.*;

import com.github.pjfanning.xlsx.StreamingReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import vn.dnnd.submission.validation.Issues;
import vn.dnnd.submission.validation.Location;
import vn.dnnd.system.Rule;

/**
 * Reads a filled template by streaming its sheets row by row (never the whole workbook in memory).
 * Rows are found by the indicator code in column B, not by position, so a clerk who inserts a blank
 * row does not shift answers onto the wrong indicator.
 */
public final class XlsxSubmissionParser implements SubmissionParser {

    private final long maxPartBytes;
    private final int maxCells;

    /** {@code maxPartBytes}: most bytes one part of the package may inflate to; {@code maxCells}: per sheet. */
    public XlsxSubmissionParser(long maxPartBytes, int maxCells) {
        this.maxPartBytes = maxPartBytes;
        this.maxCells = maxCells;
    }

    @Override
    public ParsedSubmission parse(Path file, byte[] content, Issues issues) {
        if (!XlsxPackage.check(file, maxPartBytes, issues)) {
            return null;
        }
        try (Workbook workbook = StreamingReader.builder().rowCacheSize(64).bufferSize(8192)
                .setReadComments(false).setReadHyperlinks(false).setReadShapes(false).setReadCoreProperties(false)
                .setReadSharedFormulas(false).open(file.toFile())) {
            Map<String, String> meta = metadata(rows(workbook, META_SHEET));
            if (meta.isEmpty()) {
                issues.error(Rule.STRUCTURE, Location.FILE,
                        "không phải biểu mẫu của hệ thống: thiếu trang thông tin ẩn '" + META_SHEET
                                + "'; hãy tải biểu mẫu mới bằng lệnh template hoặc gửi dạng CSV/JSON",
                        "not a dnnd template: the hidden sheet '" + META_SHEET
                                + "' is missing; download a template or send CSV/JSON");
                return null;
            }
            List<RawValue> values = new ArrayList<>();
            String submittedBy = indicators(rows(workbook, INDICATORS_SHEET), values, issues);
            List<RawNarrative> narratives = narratives(rows(workbook, NARRATIVE_SHEET), issues);
            List<RawActivity> activities = XlsxActivities.read(rows(workbook, ACTIVITIES_SHEET));
            Location metaCell = Location.cell(META_SHEET, "B2");
            return new ParsedSubmission(Channel.XLSX, meta.get(META_ORGANISATION), metaCell, meta.get(META_PERIOD),
                    Location.cell(META_SHEET, "B5"), meta.get(META_VERSION), meta.get(META_CHECKSUM), submittedBy,
                    values, narratives, activities);
        } catch (CountedRows.TooManyCells e) {
            issues.error(Rule.TOO_MANY_CELLS, Location.cell(e.sheet, null), "trang tính có hơn "
                            + VietnameseNumber.format(java.math.BigDecimal.valueOf(e.limit)) + " ô; biểu mẫu điền đủ chỉ vài nghìn ô",
                    "the sheet has more than " + e.limit + " cells; a filled template has a few thousand");
            return null;
        } catch (IOException | RuntimeException e) {
            XlsxFailure.describe(e, issues);
            return null;
        }
    }

    /** The named sheet's rows, counted against the cell limit; null when there is no such sheet. */
    private Iterable<Row> rows(Workbook workbook, String name) {
        Sheet sheet;
        try {
            sheet = workbook.getSheet(name);
        } catch (RuntimeException missing) {
            return null;
        }
        return sheet == null ? null : new CountedRows(sheet, maxCells);
    }

    private static Map<String, String> metadata(Iterable<Row> sheet) {
        Map<String, String> meta = new HashMap<>();
        if (sheet != null) {
            for (Row row : sheet) {
                String key = XlsxCells.text(row, 0);
                if (key != null) {
                    meta.put(key, XlsxCells.text(row, 1));
                }
            }
        }
        return meta;
    }

    private static String indicators(Iterable<Row> sheet, List<RawValue> values, Issues issues) {
        if (sheet == null) {
            missingSheet(INDICATORS_SHEET, issues);
            return null;
        }
        String submittedBy = null;
        for (Row row : sheet) {
            int r = row.getRowNum();
            if (r == PREPARED_BY_ROW) {
                submittedBy = XlsxCells.text(row, PREPARED_BY_COLUMN);
            }
            String code = r < INDICATOR_FIRST_ROW ? null : XlsxCells.text(row, COL_CODE);
            if (code == null) {
                continue;
            }
            values.add(new RawValue(code, XlsxCells.input(row, COL_VALUE),
                    XlsxCells.text(row, COL_NOT_APPLICABLE) != null, XlsxCells.text(row, COL_NOTE),
                    Location.cell(INDICATORS_SHEET, XlsxCells.address(r, COL_VALUE))));
        }
        return submittedBy;
    }

    private static List<RawNarrative> narratives(Iterable<Row> sheet, Issues issues) {
        List<RawNarrative> narratives = new ArrayList<>();
        if (sheet == null) {
            missingSheet(NARRATIVE_SHEET, issues);
            return narratives;
        }
        for (Row row : sheet) {
            int r = row.getRowNum();
            String text = r < NARRATIVE_FIRST_ROW ? null : XlsxCells.text(row, NARR_TEXT);
            if (text != null) {
                narratives.add(new RawNarrative(XlsxCells.text(row, NARR_TASK), XlsxCells.text(row, NARR_SECTION),
                        text, Location.cell(NARRATIVE_SHEET, XlsxCells.address(r, NARR_TEXT))));
            }
        }
        return narratives;
    }

    private static void missingSheet(String name, Issues issues) {
        issues.error(Rule.STRUCTURE, Location.FILE, "thiếu trang tính '" + name + "' của biểu mẫu (đừng đổi tên hay xóa trang)",
                "the template's sheet '" + name + "' is missing (do not rename or delete sheets)");
    }
}
