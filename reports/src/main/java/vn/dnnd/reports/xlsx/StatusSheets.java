package vn.dnnd.reports.xlsx;

import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import vn.dnnd.reports.model.AnalystWorkbook;
import vn.dnnd.reports.model.CompletenessRow;
import vn.dnnd.reports.model.OrganisationStatus;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.model.ScopeKind;
import vn.dnnd.reports.model.Severity;
import vn.dnnd.reports.text.Labels;
import vn.dnnd.reports.xlsx.TableSheet.Column;

/** The summary sheet, who reported by scope, and the list of reporting organisations. */
final class StatusSheets {

    private final Workbook workbook;
    private final WorkbookStyles styles;
    private final ReportLanguage language;
    private final Labels labels;
    private final String footer;

    StatusSheets(Workbook workbook, WorkbookStyles styles, ReportLanguage language, String footer) {
        this.workbook = workbook;
        this.styles = styles;
        this.language = language;
        this.labels = Labels.of(language);
        this.footer = footer;
    }

    void summary(AnalystWorkbook book, List<String> sheetKeys) {
        TableSheet sheet = new TableSheet(workbook, styles, labels.get("xlsx.sheet.summary"),
                List.of(new Column(labels.get("xlsx.item"), 48), new Column(labels.get("xlsx.itemValue"), 60)), footer);
        sheet.row().text(labels.get("xlsx.period")).text(book.meta().period().name().in(language));
        sheet.row().text(labels.get("xlsx.previousPeriod"))
                .text(book.meta().previousPeriod() == null ? null : book.meta().previousPeriod().name().in(language));
        sheet.row().text(labels.get("xlsx.issuingBody")).text(book.meta().header().issuingBody());
        sheet.row().text(labels.get("xlsx.edition")).number(book.meta().edition());
        sheet.row().text(labels.get("xlsx.generatedAt")).dateTime(book.meta().generatedAt());
        sheet.row().text(labels.get("xlsx.sources")).number(book.meta().sources().size());
        book.completeness().stream().filter(row -> row.scope().kind() == ScopeKind.NATIONAL).findFirst()
                .ifPresent(total -> {
                    sheet.row().text(labels.get("table.expected")).number(total.expected());
                    sheet.row().text(labels.get("table.submitted")).number(total.submitted());
                    sheet.row().text(labels.get("table.onTime")).number(total.onTime());
                    sheet.row().text(labels.get("table.late")).number(total.late());
                    sheet.row().text(labels.get("table.missing")).number(total.missing());
                });
        sheet.row().text(labels.get("xlsx.errors"))
                .number(book.issues().stream().filter(issue -> issue.severity() == Severity.ERROR).count());
        sheet.row().text(labels.get("xlsx.warnings"))
                .number(book.issues().stream().filter(issue -> issue.severity() == Severity.WARNING).count());
        for (String key : sheetKeys) {
            sheet.row().text(labels.format("xlsx.sheetIndex", labels.get(key))).text(labels.get(key + ".about"));
        }
        sheet.finish();
    }

    void completeness(List<CompletenessRow> rows) {
        TableSheet sheet = new TableSheet(workbook, styles, labels.get("xlsx.sheet.completeness"), List.of(
                new Column(labels.get("xlsx.scopeKind"), 22), new Column(labels.get("xlsx.scopeCode"), 12),
                new Column(labels.get("xlsx.scopeName"), 40), new Column(labels.get("xlsx.expected"), 14),
                new Column(labels.get("xlsx.submitted"), 14), new Column(labels.get("table.rate"), 12),
                new Column(labels.get("xlsx.onTime"), 14), new Column(labels.get("xlsx.late"), 14),
                new Column(labels.get("xlsx.missing"), 14)), footer);
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
        TableSheet sheet = new TableSheet(workbook, styles, labels.get("xlsx.sheet.organisations"), List.of(
                new Column(labels.get("xlsx.organisationCode"), 14), new Column(labels.get("table.organisation"), 44),
                new Column(labels.get("table.kind"), 30), new Column(labels.get("xlsx.regionCode"), 12),
                new Column(labels.get("table.region"), 34), new Column(labels.get("table.status"), 14),
                new Column(labels.get("table.version"), 9), new Column(labels.get("xlsx.receivedAt"), 17)), footer);
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
