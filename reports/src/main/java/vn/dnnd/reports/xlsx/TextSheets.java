package vn.dnnd.reports.xlsx;

import java.util.List;
import vn.dnnd.reports.model.DataQualityIssue;
import vn.dnnd.reports.model.NarrativeRow;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.text.Labels;

/** The data-quality issues found in submitted files, and the narratives as organisations wrote them. */
final class TextSheets {

    private final SheetContext context;
    private final ReportLanguage language;
    private final Labels labels;

    TextSheets(SheetContext context) {
        this.context = context;
        this.language = context.language();
        this.labels = context.labels();
    }

    void issues(List<DataQualityIssue> issues) {
        TableSheet sheet = context.sheet("xlsx.sheet.issues", List.of(
                context.column("xlsx.file", 30, ColumnUnit.TEXT),
                context.column("xlsx.organisationCode", 14, ColumnUnit.CODE),
                context.column("xlsx.sheetName", 16, ColumnUnit.TEXT), context.column("xlsx.cell", 8, ColumnUnit.CODE),
                context.column("xlsx.line", 8, ColumnUnit.IDENTIFIER),
                context.column("xlsx.indicatorCode", 28, ColumnUnit.CODE),
                context.wrappingColumn("xlsx.rule", 24, ColumnUnit.TEXT),
                context.column("xlsx.severity", 12, ColumnUnit.TEXT),
                context.wrappingColumn("xlsx.message", 60, ColumnUnit.TEXT),
                context.wrappingColumn("xlsx.messageOther", 60, ColumnUnit.TEXT)));
        for (DataQualityIssue issue : issues) {
            boolean vietnamese = language == ReportLanguage.VI;
            sheet.row().text(issue.fileName()).text(issue.organisationCode()).text(issue.sheet()).text(issue.cell())
                    .identifier(issue.line())
                    .text(issue.indicatorCode()).wrapped(issue.ruleName().in(language))
                    .text(labels.get("severity." + issue.severity().name()))
                    .wrapped(vietnamese || issue.messageEn() == null ? issue.messageVi() : issue.messageEn())
                    .wrapped(vietnamese ? issue.messageEn() : issue.messageVi());
        }
        sheet.finish();
    }

    void narratives(List<NarrativeRow> narratives) {
        TableSheet sheet = context.sheet("xlsx.sheet.narratives", List.of(
                context.column("xlsx.organisationCode", 14, ColumnUnit.CODE),
                context.column("table.organisation", 36, ColumnUnit.TEXT),
                context.column("table.region", 30, ColumnUnit.TEXT),
                context.column("xlsx.task", 9, ColumnUnit.IDENTIFIER),
                context.column("xlsx.section", 16, ColumnUnit.TEXT),
                context.wrappingColumn("xlsx.text", 100, ColumnUnit.TEXT)));
        for (NarrativeRow narrative : narratives) {
            sheet.row().text(narrative.organisationCode()).text(narrative.organisationName())
                    .text(narrative.region() == null ? null : narrative.region().name().in(language))
                    .identifier(narrative.taskNo())
                    .text(labels.get("section." + narrative.section().name()))
                    .wrapped(narrative.text());
        }
        sheet.finish();
    }
}
