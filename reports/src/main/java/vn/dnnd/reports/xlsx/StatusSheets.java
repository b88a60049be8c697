package vn.dnnd.reports.xlsx;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import vn.dnnd.reports.model.AnalystWorkbook;
import vn.dnnd.reports.model.CompletenessRow;
import vn.dnnd.reports.model.IssueSeverity;
import vn.dnnd.reports.model.OrganisationStatus;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.model.ScopeKind;
import vn.dnnd.reports.text.Labels;

/** The summary sheet, who reported by scope, and the list of reporting organisations. */
final class StatusSheets {

    private final SheetContext context;
    private final WorkbookStyles styles;
    private final ReportLanguage language;
    private final Labels labels;

    StatusSheets(SheetContext context) {
        this.context = context;
        this.styles = context.styles();
        this.language = context.language();
        this.labels = context.labels();
    }

    void summary(AnalystWorkbook book, List<String> sheetKeys) {
        TableSheet sheet = context.sheet("xlsx.sheet.summary",
                List.of(context.column("xlsx.item", 48, ColumnUnit.TEXT),
                        context.column("xlsx.itemValue", 60, ColumnUnit.PER_ITEM)));
        sheet.row().text(labels.get("xlsx.period")).text(book.meta().period().name().in(language));
        sheet.row().text(labels.get("xlsx.previousPeriod"))
                .text(book.meta().previousPeriod() == null ? null : book.meta().previousPeriod().name().in(language));
        sheet.row().text(labels.get("xlsx.issuingBody")).text(book.meta().header().issuingBody());
        sheet.row().text(labels.get("xlsx.edition")).identifier(book.meta().edition());
        sheet.row().text(labels.get("xlsx.generatedAt")).dateTime(book.meta().generatedAt());
        sheet.row().text(labels.get("xlsx.sources")).number(book.meta().sources().size());
        sheet.row().text(labels.get("xlsx.awaitingReview")).number(book.meta().awaitingReview());
        book.completeness().stream().filter(row -> row.scope().kind() == ScopeKind.NATIONAL).findFirst()
                .ifPresent(total -> {
                    sheet.row().text(labels.get("table.expected")).number(total.expected());
                    sheet.row().text(labels.get("table.submitted")).number(total.submitted());
                    sheet.row().text(labels.get("table.onTime")).number(total.onTime());
                    sheet.row().text(labels.get("table.late")).number(total.late());
                    sheet.row().text(labels.get("table.missing")).number(total.missing());
                });
        sheet.row().text(labels.get("xlsx.errors"))
                .number(book.issues().stream().filter(issue -> issue.severity() == IssueSeverity.ERROR).count());
        sheet.row().text(labels.get("xlsx.warnings"))
                .number(book.issues().stream().filter(issue -> issue.severity() == IssueSeverity.WARNING).count());
        for (String key : sheetKeys) {
            sheet.row().text(labels.format("xlsx.sheetIndex", labels.get(key))).text(labels.get(key + ".about"));
        }
        sheet.finish();
    }

    void completeness(List<CompletenessRow> rows) {
        TableSheet sheet = context.sheet("xlsx.sheet.completeness", List.of(
                context.column("xlsx.scopeKind", 22, ColumnUnit.TEXT),
                context.column("xlsx.scopeCode", 12, ColumnUnit.CODE),
                context.column("xlsx.scopeName", 40, ColumnUnit.TEXT),
                context.column("xlsx.expected", 14, ColumnUnit.ORGANISATIONS),
                context.column("xlsx.submitted", 14, ColumnUnit.ORGANISATIONS),
                context.column("table.rate", 12, ColumnUnit.PERCENT),
                context.column("xlsx.onTime", 14, ColumnUnit.ORGANISATIONS),
                context.column("xlsx.late", 14, ColumnUnit.ORGANISATIONS),
                context.column("xlsx.missing", 14, ColumnUnit.ORGANISATIONS)));
        for (CompletenessRow row : rows) {
            sheet.row();
            context.scope(sheet, row.scope());
            sheet.number(row.expected()).number(row.submitted())
                    .number(row.expected() == 0 ? null : BigDecimal.valueOf(100L * row.submitted())
                            .divide(BigDecimal.valueOf(row.expected()), MathContext.DECIMAL64), styles.percentValue)
                    .number(row.onTime()).number(row.late()).number(row.missing());
        }
        sheet.finish();
    }

    void organisations(List<OrganisationStatus> organisations) {
        TableSheet sheet = context.sheet("xlsx.sheet.organisations", List.of(
                context.column("xlsx.organisationCode", 14, ColumnUnit.CODE),
                context.column("table.organisation", 44, ColumnUnit.TEXT),
                context.column("table.kind", 30, ColumnUnit.TEXT),
                context.column("xlsx.regionCode", 12, ColumnUnit.CODE),
                context.column("table.region", 34, ColumnUnit.TEXT),
                context.column("table.status", 14, ColumnUnit.TEXT),
                context.column("table.version", 9, ColumnUnit.IDENTIFIER),
                context.column("xlsx.receivedAt", 17, ColumnUnit.DATE_TIME)));
        for (OrganisationStatus organisation : organisations) {
            sheet.row().text(organisation.code()).text(organisation.name())
                    .text(labels.get("kind." + organisation.kind().code()))
                    .text(organisation.region() == null ? null : organisation.region().code())
                    .text(organisation.region() == null ? null : organisation.region().name().in(language))
                    .text(labels.get("status." + organisation.state().name()))
                    .identifier(organisation.version())
                    .dateTime(organisation.receivedAt());
        }
        sheet.finish();
    }
}
