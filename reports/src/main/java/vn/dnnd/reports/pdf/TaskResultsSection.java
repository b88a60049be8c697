package vn.dnnd.reports.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dnnd.reports.assessment.OverallAssessment;
import vn.dnnd.reports.assessment.TaskAssessment;
import vn.dnnd.reports.model.ChartPoint;
import vn.dnnd.reports.model.ChartSeries;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.model.ReportMeta;
import vn.dnnd.reports.model.ScopeKind;
import vn.dnnd.reports.model.SummaryReport;
import vn.dnnd.reports.model.TaskSection;
import vn.dnnd.reports.text.Labels;

/**
 * Section II: for each task its heading, the directive's own words, the centre's assessment written
 * from the figures, the table of its indicators (the report's scope in bold, then each region or
 * organisation, with the change from the previous period), a chart, and what organisations wrote about their results, each passage with its author; then the
 * overall assessment (đánh giá chung) of all tasks.
 */
final class TaskResultsSection {

    private final DocumentBuilder document;
    private final TableRows tables;
    private final SummaryReport report;
    private final ReportLanguage language;
    private final Labels labels;

    TaskResultsSection(DocumentBuilder document, TableRows tables, SummaryReport report) {
        this.document = document;
        this.tables = tables;
        this.report = report;
        this.labels = document.labels();
        this.language = labels.language();
    }

    void compose() {
        document.section(labels.get("section.results"));
        if (language != ReportLanguage.VI) {
            document.paragraph(null, labels.get("results.quotedInVietnamese"));
        }
        TaskAssessment assessment = new TaskAssessment(report, language);
        for (TaskSection task : report.tasks()) {
            task(task, assessment.paragraph(task));
        }
        if (!report.tasks().isEmpty()) {
            // A review report closes its results with an overall assessment (đánh giá chung).
            document.subsection(labels.get("assessment.overall.heading"), true);
            document.paragraph(null, new OverallAssessment(report, language).paragraph());
        }
    }

    private void task(TaskSection section, String assessment) {
        int taskNo = section.task().taskNo();
        document.subsection(labels.format("task.heading", taskNo, section.task().shortName().in(language)), true);
        if (!section.task().directiveText().isBlank()) {
            document.quote(labels.format("task.directive", section.task().directiveText()));
        }
        if (!assessment.isEmpty()) {
            document.paragraph(labels.get("assessment.lead"), assessment);
        }
        if (!section.rows().isEmpty()) {
            String below = labels.get(report.isNational() ? "note.below.regions" : "note.below.organisations");
            ComparisonNotes notes = notes();
            List<Map<String, Object>> rows = tables.indicators(section.rows(), report.scope(), notes);
            String note = labels.format("note.indicators", report.scope().name().in(language), below);
            if (section.rows().stream().anyMatch(row -> row.scope().kind() == ScopeKind.CENTRAL)) {
                note = note + " " + labels.get("note.central");
            }
            document.table("table-indicators", document.tableCaption(labels.format("caption.task", taskNo)),
                    rows, periodLabels(report.meta(), language), notes.note(note));
        }
        ChartSeries chart = section.chart();
        if (chart != null && chart.hasValues()) {
            chart(chart);
        }
        if (section.achievements().isEmpty()) {
            document.paragraph(null, labels.get("results.noAchievements"));
        } else {
            document.excerpts(labels.get("results.achievements"), section.achievements());
        }
    }

    private void chart(ChartSeries chart) {
        Map<String, Object> periods = periodLabels(report.meta(), language);
        String previous = (String) periods.get("PREVIOUS_LABEL");
        String current = (String) periods.get("CURRENT_LABEL");
        List<Map<String, Object>> bars = chart.points().stream().map(point -> bar(point, previous, current)).toList();
        String caption = labels.format(report.isNational() ? "caption.chart.regions" : "caption.chart.organisations",
                chart.indicator().name().in(language), tables.unit(chart.indicator()), labels.inSentence(previous),
                labels.inSentence(current));
        document.chart(document.chartCaption(caption), bars, previous, current, notes().note(null));
    }

    /** The comparison notes of one table or chart of this report. */
    private ComparisonNotes notes() {
        return new ComparisonNotes(labels, report.meta(), report.overview().restatement());
    }

    private Map<String, Object> bar(ChartPoint point, String previous, String current) {
        Map<String, Object> bar = new HashMap<>();
        bar.put("category", point.category().in(language));
        bar.put("previous", point.previous());
        bar.put("current", point.current());
        bar.put("previousLabel", previous);
        bar.put("currentLabel", current);
        return bar;
    }

    /** The headers of the two period columns: "Năm 2024", "Năm 2025". */
    static Map<String, Object> periodLabels(ReportMeta meta, ReportLanguage language) {
        Labels labels = Labels.of(language);
        Map<String, Object> params = new HashMap<>();
        params.put("PREVIOUS_LABEL", meta.previousPeriod() == null ? labels.get("table.previous")
                : meta.previousPeriod().label().in(language));
        params.put("CURRENT_LABEL", meta.period().label().in(language));
        return params;
    }
}
