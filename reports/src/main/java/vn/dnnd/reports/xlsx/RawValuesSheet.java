package vn.dnnd.reports.xlsx;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import vn.dnnd.reports.model.RawValueRow;
import vn.dnnd.reports.text.Labels;
import vn.dnnd.reports.xlsx.TableSheet.Column;

/**
 * Every submitted value, written as the rows stream in (SXSSF keeps only a window of rows in memory).
 * A sheet holds at most 1,048,575 data rows; beyond that the table continues on "… (2)", "… (3)".
 */
final class RawValuesSheet implements Consumer<RawValueRow> {

    static final int EXCEL_MAX_DATA_ROWS = 1_048_575;

    private final SheetContext context;
    private final WorkbookStyles styles;
    private final Labels labels;
    private final int maxRowsPerSheet;
    private TableSheet sheet;
    private int sheets;
    private long rows;

    RawValuesSheet(SheetContext context, int maxRowsPerSheet) {
        this.context = context;
        this.styles = context.styles();
        this.labels = context.labels();
        this.maxRowsPerSheet = maxRowsPerSheet;
        this.sheet = newSheet();
    }

    @Override
    public void accept(RawValueRow value) {
        if (sheet.dataRows() >= maxRowsPerSheet) {
            sheet.finish();
            sheet = newSheet();
        }
        sheet.row()
                .number(value.submissionId())
                .number(value.version())
                .text(value.organisationCode())
                .text(value.organisationName())
                .text(value.indicatorCode())
                .number(value.numericValue(), isWhole(value.numericValue()) ? styles.integer : styles.decimal)
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
        String name = labels.get("xlsx.sheet.raw") + (sheets == 1 ? "" : " (" + sheets + ")");
        return new TableSheet(context.workbook(), styles, name, List.of(
                new Column(labels.get("xlsx.submissionId"), 12),
                new Column(labels.get("table.version"), 8),
                new Column(labels.get("xlsx.organisationCode"), 14),
                new Column(labels.get("table.organisation"), 40),
                new Column(labels.get("xlsx.indicatorCode"), 28),
                new Column(labels.get("xlsx.numericValue"), 18),
                new Column(labels.get("xlsx.yesNo"), 10),
                new Column(labels.get("xlsx.notApplicable.short"), 12),
                new Column(labels.get("xlsx.note"), 40),
                new Column(labels.get("xlsx.receivedAt"), 17)), context.footer());
    }

    private static boolean isWhole(BigDecimal value) {
        return value != null && value.signum() == 0 || value != null && value.stripTrailingZeros().scale() <= 0;
    }
}
