package vn.dnnd.reports.xlsx;

import java.util.ArrayList;
import java.util.List;
import vn.dnnd.reports.xlsx.TableSheet.Column;

/**
 * Every column of every sheet of a workbook, collected as the sheets are created from the very column
 * definitions that write their headers, so the dictionary sheet can never miss or misname a column.
 */
final class ColumnDictionary {

    private record Entry(String sheet, Column column) {
    }

    private final List<Entry> entries = new ArrayList<>();

    void add(String sheet, List<Column> columns) {
        for (Column column : columns) {
            if (column.meaning() == null || column.unit() == null) {
                throw new IllegalStateException("column \"" + column.header() + "\" of sheet \"" + sheet
                        + "\" has no meaning or unit for the column dictionary");
            }
            entries.add(new Entry(sheet, column));
        }
    }

    /** One row per column: the sheet, the header as the sheet shows it, its meaning and its unit. */
    void write(TableSheet sheet) {
        for (Entry entry : entries) {
            sheet.row().text(entry.sheet()).wrapped(entry.column().header()).wrapped(entry.column().meaning())
                    .wrapped(entry.column().unit());
        }
        sheet.finish();
    }
}
