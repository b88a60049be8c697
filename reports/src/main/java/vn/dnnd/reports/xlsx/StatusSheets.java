package vn.dnnd.reports.xlsx;

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
                List.of(context.column("xlsx.item", 48), context.column("xlsx.itemValue", 60)));
        sheet.row().text(labels.get("xlsx.period")).text(book.meta().period().name().in(language));
        sheet.row().text(labels.get("xlsx.previousPeriod"))
                .text(book.meta().previousPeriod() == null ? null : book.meta().previousPeriod().name().in(language));
        sheet.row().text(labels.get("xlsx.issuingBody")).text(book.meta().header().issuingBody());
        sheet.row().text(labels.get("xlsx.edition")).number(book.meta().edition());
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
                context.column("xlsx.scopeKind", 22), context.column("xlsx.scopeCode", 12),
                context.column("xlsx.scopeName", 40), context.column("xlsx.expected", 14),
                context.column("xlsx.submitted", 14), context.column("table.rate", 12),
                context.column("xlsx.onTime", 14), context.column("xlsx.late", 14),
                context.column("xlsx.missing", 14)));
        for (CompletenessRow row : rows) {
            sheet.row().text(labels.get("xlsx.scope." + row.scope().kind().name())).text(row.scope().code())
                    .text(row.scope().name().in(language)).number(row.expected()).number(row.submitted())
                    .number(row.expected() == 0 ? null
                            : java.math.BigDecimal.valueOf(row.submitted()).divide(
                                    java.math.BigDecimal.valueOf(row.expected()), java.math.MathContext.DECIMAL64),
                            styles.fraction)
                    .number(row.onTime()).number(row.late()).number(row.missing());
        }
        sheet.finish();
    }

    void organisations(List<OrganisationStatus> organisations) {
        TableSheet sheet = context.sheet("xlsx.sheet.organisations", List.of(
                context.column("xlsx.organisationCode", 14), context.column("table.organisation", 44),
                context.column("table.kind", 30), context.column("xlsx.regionCode", 12),
                context.column("table.region", 34), context.column("table.status", 14),
                context.column("table.version", 9), context.column("xlsx.receivedAt", 17)));
        for (OrganisationStatus organisation : organisations) {
            sheet.row().text(organisation.code()).text(organisation.name())
                    .text(labels.get("kind." + organisation.kind().code()))
                    .text(organisation.region() == null ? null : organisation.region().code())
                    .text(organisation.region() == null ? null : organisation.region().name().in(language))
                    .text(labels.get("status." + organisation.state().name()))
                    .number(organisation.version() == null ? null : java.math.BigDecimal.valueOf(organisation.version()),
                            styles.integer)
                    .dateTime(organisation.receivedAt());
        }
        sheet.finish();
    }
}
