package vn.dnnd.reports.xlsx;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import vn.dnnd.reports.model.RawValueRow;
import vn.dnnd.reports.model.ValueType;
import vn.dnnd.reports.text.Labels;
import vn.dnnd.reports.xlsx.TableSheet.Column;

/**
 * Every submitted value, written as the rows stream in (SXSSF keeps only a window of rows in memory).
 * A sheet holds at most 1,048,575 data rows; beyond that the table continues on "… (2)", "… (3)".
 * A percentage is shown with its percent sign, as submitted (0-100), like every percentage of the workbook.
 */
final class RawValuesSheet implements Consumer<RawValueRow> {

    static final int EXCEL_MAX_DATA_ROWS = 1_048_575;

    private final SheetContext context;
    private final WorkbookStyles styles;
    private final Labels labels;
    private final int maxRowsPerSheet;
    private final Map<String, ValueType> valueTypes;
    private final List<Column> columns;
    private TableSheet sheet;
    private int sheets;
    private long rows;

    /** @param valueTypes the value type of each indicator code, for the number format of its values */
    RawValuesSheet(SheetContext context, int maxRowsPerSheet, Map<String, ValueType> valueTypes) {
        this.context = context;
        this.styles = context.styles();
        this.labels = context.labels();
        this.maxRowsPerSheet = maxRowsPerSheet;
        this.valueTypes = Map.copyOf(valueTypes);
        this.columns = List.of(
                context.column("xlsx.submissionId", 12, ColumnUnit.IDENTIFIER),
                context.column("table.version", 8, ColumnUnit.IDENTIFIER),
                context.column("xlsx.organisationCode", 14, ColumnUnit.CODE),
                context.column("table.organisation", 40, ColumnUnit.TEXT),
                context.column("xlsx.indicatorCode", 28, ColumnUnit.CODE),
                context.column("xlsx.numericValue", 18, ColumnUnit.RAW_VALUE),
                context.column("xlsx.yesNo", 10, ColumnUnit.YES_NO),
                context.column("xlsx.notApplicable.short", 12, ColumnUnit.YES_NO),
                context.column("xlsx.note", 40, ColumnUnit.TEXT),
                context.column("xlsx.receivedAt", 17, ColumnUnit.DATE_TIME));
        this.sheet = context.sheet("xlsx.sheet.raw", columns);
        this.sheets = 1;
    }

    @Override
    public void accept(RawValueRow value) {
        if (sheet.dataRows() >= maxRowsPerSheet) {
            sheet.finish();
            sheet = newSheet();
        }
        sheet.row()
                .identifier(value.submissionId())
                .identifier(value.version())
                .text(value.organisationCode())
                .text(value.organisationName())
                .text(value.indicatorCode())
                .number(value.numericValue(), numberStyle(value))
                .number(value.booleanValue() == null ? null : value.booleanValue() ? BigDecimal.ONE : BigDecimal.ZERO,
                        styles.yesNo)
                .number(value.notApplicable() ? BigDecimal.ONE : null, styles.yesNo)
                .text(value.note())
                .dateTime(value.receivedAt());
        rows++;
    }

    /** Closes the last sheet; returns how many rows were written in all. */
    long finish() {
        sheet.finish();
        return rows;
    }

    private TableSheet newSheet() {
        sheets++;
        return context.continuation(labels.get("xlsx.sheet.raw") + " (" + sheets + ")", columns);
    }

    private CellStyle numberStyle(RawValueRow value) {
        if (valueTypes.get(value.indicatorCode()) == ValueType.PERCENT) {
            return styles.percentValue;
        }
        return isWhole(value.numericValue()) ? styles.integer : styles.decimal;
    }

    private static boolean isWhole(BigDecimal value) {
        return value != null && value.signum() == 0 || value != null && value.stripTrailingZeros().scale() <= 0;
    }
}
