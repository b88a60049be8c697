package vn.dnnd.reports.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.dnnd.reports.model.CompletenessRow;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.model.ReviewReport;
import vn.dnnd.reports.model.ValueType;
import vn.dnnd.reports.text.Labels;

/**
 * The workbook of the five-year review: the series (indicator × scope, one numeric column per year, restated
 * onto today's units; a year without figures is an empty cell, never 0), who reported each year, and the
 * passages the review quotes, each with its year and organisation.
 */
public final class ReviewWorkbookXlsx {

    /** Writes the workbook to {@code out} (not closed). */
    public void write(ReviewReport review, ReportLanguage language, OutputStream out) {
        Labels labels = Labels.of(language);
        String footer = labels.format("xlsx.footer", review.meta().period().name().in(language), "&P", "&N");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(AnalystWorkbookXlsx.WINDOW)) {
            try {
                WorkbookStyles styles = new WorkbookStyles(workbook, labels.get("value.yes"), labels.get("value.no"));
                SheetContext context = new SheetContext(workbook, styles, language, labels, footer);
                series(context, review);
                years(context, review);
                passages(context, review);
                workbook.write(out);
            } finally {
                workbook.dispose();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing the review workbook failed", e);
        }
    }

    private static void series(SheetContext context, ReviewReport review) {
        Labels labels = context.labels();
        List<TableSheet.Column> columns = new ArrayList<>(List.of(context.column("xlsx.indicatorCode", 28),
                context.column("xlsx.task", 9), context.column("table.indicator.only", 50),
                context.column("table.unit", 14), context.column("xlsx.scopeKind", 14),
                context.column("xlsx.scopeCode", 14), context.column("xlsx.scopeName", 30)));
        review.years().forEach(year -> columns.add(new TableSheet.Column(labels.format("review.year", year), 14)));
        TableSheet sheet = context.sheet("xlsx.sheet.series", columns);
        for (ReviewReport.ReviewTask task : review.tasks()) {
            for (ReviewReport.SeriesRow row : task.rows()) {
                sheet.row().text(row.indicator().code()).number(row.indicator().taskNo())
                        .text(row.indicator().name().in(context.language()))
                        .text(row.indicator().unit().in(context.language()))
                        .text(labels.get("xlsx.scope." + row.scope().kind().name())).text(row.scope().code())
                        .text(row.scope().name().in(context.language()));
                CellStyle style = style(context.styles(), row.indicator().valueType());
                review.years().forEach(year -> sheet.number(row.value(year), style));
            }
        }
        sheet.finish();
    }

    /** Shares above one organisation (a yes/no indicator nationally) are percentages 0-100. */
    private static CellStyle style(WorkbookStyles styles, ValueType type) {
        return switch (type) {
            case INTEGER -> styles.integer;
            case DECIMAL -> styles.decimal;
            case PERCENT, BOOLEAN -> styles.percentValue;
        };
    }

    private static void years(SheetContext context, ReviewReport review) {
        Labels labels = context.labels();
        TableSheet sheet = context.sheet("xlsx.sheet.years", List.of(context.column("xlsx.year", 10),
                context.column("xlsx.hasData", 12), context.column("xlsx.expected", 16),
                context.column("xlsx.submitted", 16), context.column("xlsx.onTime", 16),
                context.column("xlsx.late", 16), context.column("xlsx.missing", 16)));
        for (ReviewReport.YearReporting year : review.reporting()) {
            CompletenessRow row = year.national();
            sheet.row().text(year.year()).text(labels.get(year.hasData() ? "value.yes" : "value.no"));
            if (row != null) {
                sheet.number(row.expected()).number(row.submitted()).number(row.onTime()).number(row.late())
                        .number(row.missing());
            }
        }
        sheet.finish();
    }

    private static void passages(SheetContext context, ReviewReport review) {
        Labels labels = context.labels();
        TableSheet sheet = context.sheet("xlsx.sheet.passages", List.of(context.column("xlsx.year", 10),
                context.column("xlsx.organisationCode", 14), context.column("table.organisation", 36),
                context.column("xlsx.task", 9), context.column("xlsx.section", 18),
                context.wrappingColumn("xlsx.text", 100)));
        CellStyle integer = context.styles().integer;
        for (ReviewReport.ReviewTask task : review.tasks()) {
            passages(sheet, integer, task.task().taskNo(), labels.get("section.ACHIEVEMENTS"), task.achievements());
        }
        for (ReviewReport.ReviewFindings findings : review.findings()) {
            passages(sheet, integer, findings.task().taskNo(), labels.get("section.LIMITATIONS"), findings.limitations());
            passages(sheet, integer, findings.task().taskNo(), labels.get("section.CAUSES"), findings.causes());
        }
        passages(sheet, integer, null, labels.get("review.part.lessons"), review.lessons());
        sheet.finish();
    }

    private static void passages(TableSheet sheet, CellStyle integer, Integer taskNo, String part, List<ReviewReport.YearExcerpt> passages) {
        for (ReviewReport.YearExcerpt passage : passages) {
            sheet.row().text(passage.year()).text(passage.excerpt().organisationCode())
                    .text(passage.excerpt().organisationName())
                    .number(taskNo == null ? null : BigDecimal.valueOf(taskNo), integer).text(part)
                    .wrapped(passage.excerpt().text());
        }
    }
}
