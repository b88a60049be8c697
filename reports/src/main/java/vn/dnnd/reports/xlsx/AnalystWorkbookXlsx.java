package vn.dnnd.reports.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.dnnd.reports.model.AnalystWorkbook;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.model.ScopeKind;
import vn.dnnd.reports.model.ValueType;
import vn.dnnd.reports.text.Labels;

/**
 * Writes the analyst workbook (XLSX) with POI's streaming SXSSF: every sheet keeps only a window of rows
 * in memory, so a million raw values take the same heap as a hundred. Sheets: summary; the column
 * dictionary; indicators national, by region, by kind, by organisation; task scores; completeness;
 * reporting organisations; data-quality issues; narratives; raw submission values. The dictionary
 * lists the columns every sheet was created with, so it is written last into its sheet near the front.
 */
public final class AnalystWorkbookXlsx {

    /** Rows SXSSF keeps in memory per sheet before flushing them to its temporary file. */
    static final int WINDOW = 200;
    private static final List<String> SHEETS = List.of("xlsx.sheet.dictionary", "xlsx.sheet.national",
            "xlsx.sheet.byRegion", "xlsx.sheet.byKind", "xlsx.sheet.byOrganisation", "xlsx.sheet.taskScores",
            "xlsx.sheet.completeness", "xlsx.sheet.organisations", "xlsx.sheet.issues", "xlsx.sheet.narratives",
            "xlsx.sheet.raw");

    private final int maxRawRowsPerSheet;

    public AnalystWorkbookXlsx() {
        this(RawValuesSheet.EXCEL_MAX_DATA_ROWS);
    }

    /** With a smaller sheet size for raw values, to see the spill onto further sheets without a million rows. */
    AnalystWorkbookXlsx(int maxRawRowsPerSheet) {
        this.maxRawRowsPerSheet = maxRawRowsPerSheet;
    }

    /** Writes the workbook to {@code out} (not closed); returns the number of raw value rows written. */
    public long write(AnalystWorkbook book, ReportLanguage language, OutputStream out) {
        Labels labels = Labels.of(language);
        // &P and &N are the spreadsheet's own codes for the page number and the page count.
        String footer = labels.format("xlsx.footer", book.meta().period().name().in(language), "&P", "&N");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            return write(book, language, labels, footer, workbook, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing the analyst workbook failed", e);
        }
    }

    /** The value type of every indicator of the workbook's figures, by code. */
    private static Map<String, ValueType> valueTypes(AnalystWorkbook book) {
        Map<String, ValueType> types = new HashMap<>();
        Stream.of(book.national(), book.byRegion(), book.byKind(), book.byOrganisation()).flatMap(List::stream)
                .forEach(row -> types.putIfAbsent(row.indicator().code(), row.indicator().valueType()));
        return types;
    }

    private long write(AnalystWorkbook book, ReportLanguage language, Labels labels, String footer,
            SXSSFWorkbook workbook, OutputStream out) throws IOException {
        try {
            WorkbookStyles styles = new WorkbookStyles(workbook, labels.get("value.yes"), labels.get("value.no"));
            ColumnDictionary dictionary = new ColumnDictionary();
            SheetContext context = new SheetContext(workbook, styles, language, labels, footer, dictionary);
            StatusSheets status = new StatusSheets(context);
            status.summary(book, SHEETS);
            TableSheet dictionarySheet = context.sheet("xlsx.sheet.dictionary", List.of(
                    context.column("xlsx.dictionary.sheet", 26, ColumnUnit.TEXT),
                    context.wrappingColumn("xlsx.dictionary.column", 30, ColumnUnit.TEXT),
                    context.wrappingColumn("xlsx.dictionary.meaning", 70, ColumnUnit.TEXT),
                    context.wrappingColumn("xlsx.dictionary.unit", 40, ColumnUnit.TEXT)));
            IndicatorSheet indicators = new IndicatorSheet(context, book.meta(), book.organisations());
            indicators.write("xlsx.sheet.national", ScopeKind.NATIONAL, book.national());
            indicators.write("xlsx.sheet.byRegion", ScopeKind.REGION, book.byRegion());
            indicators.write("xlsx.sheet.byKind", ScopeKind.ORG_KIND, book.byKind());
            indicators.write("xlsx.sheet.byOrganisation", ScopeKind.ORGANISATION, book.byOrganisation());
            new TaskScoreSheet(context).write(book.tasks(), book.taskScores());
            status.completeness(book.completeness());
            status.organisations(book.organisations());
            TextSheets texts = new TextSheets(context);
            texts.issues(book.issues());
            texts.narratives(book.narratives());
            RawValuesSheet raw = new RawValuesSheet(context, maxRawRowsPerSheet, valueTypes(book));
            book.rawValues().forEach(raw);
            long rows = raw.finish();
            dictionary.write(dictionarySheet);
            workbook.write(out);
            return rows;
        } finally {
            // SXSSF keeps its rows in temporary files until disposed.
            workbook.dispose();
        }
    }
}
