package vn.dnnd.submission.parse;

import static vn.dnnd.submission.template.TemplateLayout.*;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import vn.dnnd.submission.validation.Location;

/** Reads the optional activity rows of the template; empty rows are skipped. */
final class XlsxActivities {

    private XlsxActivities() {
    }

    static List<RawActivity> read(Iterable<Row> sheet) {
        List<RawActivity> activities = new ArrayList<>();
        if (sheet == null) {
            return activities;
        }
        for (Row row : sheet) {
            int r = row.getRowNum();
            if (r < ACTIVITY_FIRST_ROW || row.getPhysicalNumberOfCells() == 0) {
                continue;
            }
            RawActivity activity = new RawActivity(r + 1, field(row, 0), field(row, 1), field(row, 2), field(row, 3),
                    field(row, 4), field(row, 5), field(row, 6), field(row, 7));
            if (!activity.isEmpty()) {
                activities.add(activity);
            }
        }
        return activities;
    }

    private static RawActivity.Field field(Row row, int column) {
        return new RawActivity.Field(XlsxCells.input(row, column),
                Location.cell(ACTIVITIES_SHEET, XlsxCells.address(row.getRowNum(), column)));
    }
}
