package vn.dnnd.reports.xlsx;

import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.text.Labels;
import vn.dnnd.reports.xlsx.TableSheet.Column;

/** What every sheet of one workbook shares: the workbook, its styles, the language and the page footer. */
record SheetContext(Workbook workbook, WorkbookStyles styles, ReportLanguage language, Labels labels, String footer) {

    /** A new table sheet named by a label key. */
    TableSheet sheet(String nameKey, List<Column> columns) {
        return new TableSheet(workbook, styles, labels.get(nameKey), columns, footer);
    }

    /** A column of long passages that wrap, headed by a label key. */
    Column wrappingColumn(String headerKey, int width) {
        return new Column(labels.get(headerKey), width, true);
    }

    /** A column headed by a label key. */
    Column column(String headerKey, int width) {
        return new Column(labels.get(headerKey), width);
    }
}
