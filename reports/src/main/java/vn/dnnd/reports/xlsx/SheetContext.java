package vn.dnnd.reports.xlsx;

import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.model.Scope;
import vn.dnnd.reports.model.ScopeKind;
import vn.dnnd.reports.text.Labels;
import vn.dnnd.reports.xlsx.TableSheet.Column;

/**
 * What every sheet of one workbook shares: the workbook, its styles, the language, the page footer and,
 * in a workbook that explains its columns, the dictionary every new sheet enters its columns in.
 */
record SheetContext(Workbook workbook, WorkbookStyles styles, ReportLanguage language, Labels labels, String footer,
                    ColumnDictionary dictionary) {

    /** A workbook without a column dictionary. */
    SheetContext(Workbook workbook, WorkbookStyles styles, ReportLanguage language, Labels labels, String footer) {
        this(workbook, styles, language, labels, footer, null);
    }

    /** A new table sheet named by a label key; its columns go into the dictionary. */
    TableSheet sheet(String nameKey, List<Column> columns) {
        String name = labels.get(nameKey);
        if (dictionary != null) {
            dictionary.add(name, columns);
        }
        return continuation(name, columns);
    }

    /** A further sheet of a table already in the dictionary ("… (2)"). */
    TableSheet continuation(String name, List<Column> columns) {
        return new TableSheet(workbook, styles, name, columns, footer);
    }

    /**
     * Writes the three scope cells of a row: what it covers, its code and its name. A kind of organisation
     * has no code a reader knows ("province" is the system's), so its code cell stays empty.
     */
    void scope(TableSheet sheet, Scope scope) {
        sheet.text(labels.get("xlsx.scope." + scope.kind().name()))
                .text(scope.kind() == ScopeKind.ORG_KIND ? null : scope.code())
                .text(scope.name().in(language));
    }

    /** A column of long passages that wrap, headed by a label key. */
    Column wrappingColumn(String headerKey, int width) {
        return new Column(labels.get(headerKey), width, true);
    }

    /** A column headed by a label key. */
    Column column(String headerKey, int width) {
        return new Column(labels.get(headerKey), width);
    }

    /** A column headed by a label key, explained in the dictionary by the label {@code xlsx.about.<headerKey>}. */
    Column column(String headerKey, int width, ColumnUnit unit) {
        return described(labels.get(headerKey), headerKey, width, false, unit);
    }

    /** A column whose text wraps, explained in the dictionary by the label {@code xlsx.about.<headerKey>}. */
    Column wrappingColumn(String headerKey, int width, ColumnUnit unit) {
        return described(labels.get(headerKey), headerKey, width, true, unit);
    }

    /** A column with a header of its own (one naming a period), explained by {@code xlsx.about.<aboutKey>}. */
    Column described(String header, String aboutKey, int width, boolean wraps, ColumnUnit unit) {
        return new Column(header, width, wraps, labels.get("xlsx.about." + aboutKey),
                labels.get("xlsx.unit." + unit.name()));
    }
}
