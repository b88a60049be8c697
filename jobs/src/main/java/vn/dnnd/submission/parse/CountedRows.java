package vn.dnnd.submission.parse;

import java.util.Iterator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * A sheet's rows as they stream, counted: once the sheet has given more than {@code maxCells} cells
 * (an empty row counts as one) reading stops with {@link TooManyCells}. The filled template has a few
 * thousand cells; a sheet of millions is not a report, and the rows read from it would fill the heap.
 */
final class CountedRows implements Iterable<Row> {

    /** The sheet named has more cells than the limit. */
    static final class TooManyCells extends RuntimeException {

        final String sheet;
        final int limit;

        TooManyCells(String sheet, int limit) {
            super("sheet '" + sheet + "' has more than " + limit + " cells");
            this.sheet = sheet;
            this.limit = limit;
        }
    }

    private final Sheet sheet;
    private final int maxCells;

    CountedRows(Sheet sheet, int maxCells) {
        this.sheet = sheet;
        this.maxCells = maxCells;
    }

    @Override
    public Iterator<Row> iterator() {
        Iterator<Row> rows = sheet.iterator();
        return new Iterator<>() {
            private long cells;

            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                Row row = rows.next();
                cells += Math.max(1, row.getPhysicalNumberOfCells());
                if (cells > maxCells) {
                    throw new TooManyCells(sheet.getSheetName(), maxCells);
                }
                return row;
            }
        };
    }
}
