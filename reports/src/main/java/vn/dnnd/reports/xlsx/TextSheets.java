package vn.dnnd.reports.xlsx;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import vn.dnnd.reports.model.DataQualityIssue;
import vn.dnnd.reports.model.NarrativeRow;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.text.Labels;
import vn.dnnd.reports.xlsx.TableSheet.Column;

/** The data-quality issues found in submitted files, and the narratives as organisations wrote them. */
final class TextSheets {

    private final Workbook workbook;
    private final WorkbookStyles styles;
    private final ReportLanguage language;
    private final Labels labels;
    private final String footer;

    TextSheets(Workbook workbook, WorkbookStyles styles, ReportLanguage language, String footer) {
        this.workbook = workbook;
        this.styles = styles;
        this.language = language;
        this.labels = Labels.of(language);
        this.footer = footer;
    }

    void issues(List<DataQualityIssue> issues) {
        TableSheet sheet = new TableSheet(workbook, styles, labels.get("xlsx.sheet.issues"), List.of(
                new Column(labels.get("xlsx.file"), 30), new Column(labels.get("xlsx.organisationCode"), 14),
                new Column(labels.get("xlsx.sheetName"), 16), new Column(labels.get("xlsx.cell"), 8),
                new Column(labels.get("xlsx.line"), 8), new Column(labels.get("xlsx.indicatorCode"), 28),
                new Column(labels.get("xlsx.rule"), 16), new Column(labels.get("xlsx.severity"), 12),
                new Column(labels.get("xlsx.message"), 60), new Column(labels.get("xlsx.messageOther"), 60)), footer);
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
        TableSheet sheet = new TableSheet(workbook, styles, labels.get("xlsx.sheet.narratives"), List.of(
                new Column(labels.get("xlsx.organisationCode"), 14), new Column(labels.get("table.organisation"), 36),
                new Column(labels.get("table.region"), 30), new Column(labels.get("xlsx.task"), 9),
                new Column(labels.get("xlsx.section"), 16), new Column(labels.get("xlsx.text"), 100)), footer);
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
