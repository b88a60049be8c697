package vn.dnnd.reports.xlsx;

import java.math.BigDecimal;
import java.util.List;
import vn.dnnd.reports.model.DataQualityIssue;
import vn.dnnd.reports.model.NarrativeRow;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.text.Labels;

/** The data-quality issues found in submitted files, and the narratives as organisations wrote them. */
final class TextSheets {

    private final SheetContext context;
    private final WorkbookStyles styles;
    private final ReportLanguage language;
    private final Labels labels;

    TextSheets(SheetContext context) {
        this.context = context;
        this.styles = context.styles();
        this.language = context.language();
        this.labels = context.labels();
    }

    void issues(List<DataQualityIssue> issues) {
        TableSheet sheet = context.sheet("xlsx.sheet.issues", List.of(
                context.column("xlsx.file", 30), context.column("xlsx.organisationCode", 14),
                context.column("xlsx.sheetName", 16), context.column("xlsx.cell", 8),
                context.column("xlsx.line", 8), context.column("xlsx.indicatorCode", 28),
                context.column("xlsx.rule", 16), context.column("xlsx.severity", 12),
                context.wrappingColumn("xlsx.message", 60), context.wrappingColumn("xlsx.messageOther", 60)));
        for (DataQualityIssue issue : issues) {
            boolean vietnamese = language == ReportLanguage.VI;
            sheet.row().text(issue.fileName()).text(issue.organisationCode()).text(issue.sheet()).text(issue.cell())
                    .number(issue.line() == null ? null : BigDecimal.valueOf(issue.line()), styles.integer)
                    .text(issue.indicatorCode()).text(issue.rule())
                    .text(labels.get("severity." + issue.severity().name()))
                    .wrapped(vietnamese || issue.messageEn() == null ? issue.messageVi() : issue.messageEn())
                    .wrapped(vietnamese ? issue.messageEn() : issue.messageVi());
        }
        sheet.finish();
    }

    void narratives(List<NarrativeRow> narratives) {
        TableSheet sheet = context.sheet("xlsx.sheet.narratives", List.of(
                context.column("xlsx.organisationCode", 14), context.column("table.organisation", 36),
                context.column("table.region", 30), context.column("xlsx.task", 9),
                context.column("xlsx.section", 16), context.wrappingColumn("xlsx.text", 100)));
        for (NarrativeRow narrative : narratives) {
            sheet.row().text(narrative.organisationCode()).text(narrative.organisationName())
                    .text(narrative.region() == null ? null : narrative.region().name().in(language))
                    .number(narrative.taskNo())
                    .text(labels.get("section." + narrative.section().name()))
                    .wrapped(narrative.text());
        }
        sheet.finish();
    }
}
