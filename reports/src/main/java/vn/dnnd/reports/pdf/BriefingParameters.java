package vn.dnnd.reports.pdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRParameter;
import vn.dnnd.reports.model.Briefing;
import vn.dnnd.reports.model.Comparability;
import vn.dnnd.reports.model.CompletenessRow;
import vn.dnnd.reports.model.FigureRow;
import vn.dnnd.reports.model.HeatMap;
import vn.dnnd.reports.model.OrganisationStatus;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.model.Scope;
import vn.dnnd.reports.model.Task;
import vn.dnnd.reports.text.Labels;
import vn.dnnd.reports.text.NumberText;
import vn.dnnd.reports.text.TextFit;

/**
 * Everything {@code briefing.jrxml} prints, cut to the room it has: at most six key figures, eight
 * changes and seven heat-map columns, and the list of organisations that have not reported shortened to
 * what fits, ending with how many more there are. Names are never cut: a task is named by its short label
 * ({@code briefing.task.N}), and a long indicator name is set smaller by the template.
 */
final class BriefingParameters {

    /** Characters of organisation names that fit the space for non-reporters above the closing. */
    static final int NOT_REPORTED_BUDGET = 750;

    private final Briefing briefing;
    private final ReportLanguage language;
    private final Labels labels;
    private final NumberText numbers;
    private final TableRows tables;

    BriefingParameters(Briefing briefing, ReportLanguage language) {
        this.briefing = briefing;
        this.language = language;
        this.labels = Labels.of(language);
        this.numbers = new NumberText(language);
        this.tables = new TableRows(language);
    }

    Map<String, Object> build(String title, String subject) {
        Map<String, Object> p = HeaderText.parameters(briefing.meta(), labels, title, subject);
        Map<String, Object> periods = TaskResultsSection.periodLabels(briefing.meta(), language);
        String previous = labels.inSentence((String) periods.get("PREVIOUS_LABEL"));
        CompletenessRow total = briefing.completeness();
        String restated = briefing.restatement() == null ? null
                : ComparisonNotes.restated(labels, numbers, briefing.meta(), briefing.restatement());
        p.put("COMPLETENESS", labels.format("overview.sentence",
                labels.inSentence(briefing.meta().period().label().in(language)), numbers.count(total.expected()),
                numbers.count(total.submitted()), numbers.percent(total.submittedPercent()),
                numbers.count(total.onTime()), numbers.count(total.late()), numbers.count(total.missing()))
                + (restated == null ? "" : " " + restated));
        p.put("H_FIGURES", labels.get("briefing.figures"));
        p.put("FIGURES", briefing.keyFigures().stream().limit(Briefing.MAX_KEY_FIGURES).map(r -> card(r, previous))
                .toList());
        p.put("H_HEATMAP", labels.get("briefing.heatmap"));
        p.put("HEATMAP", heatRows(briefing.heatMap()));
        p.put("HEATMAP_PARAMS", heatParameters(briefing.heatMap()));
        p.put("LEGEND", List.of(labels.get("briefing.legend.0"), labels.get("briefing.legend.1"),
                labels.get("briefing.legend.2"), labels.get("briefing.legend.3"), labels.get("briefing.legend.4")));
        p.put("H_CHANGES", labels.format("briefing.changes", previous));
        p.put("CHANGES", briefing.biggestChanges().stream().limit(Briefing.MAX_CHANGES).map(this::change).toList());
        p.put("CHANGES_PARAMS", withBundle(periods));
        String changesNote = briefing.biggestChanges().isEmpty() ? labels.get("briefing.changes.none")
                : labels.format("briefing.changes.note", numbers.number(Comparability.MAX_COVERAGE_GAP, 0));
        p.put("CHANGES_NOTE", restated == null ? changesNote : changesNote + " " + restated);
        p.put("H_MISSING", labels.format("briefing.missing", numbers.count(briefing.notReported().size())));
        p.put("MISSING_TEXT", notReported(briefing.notReported()));
        p.put("SOURCE_NOTE", labels.get("briefing.source"));
        p.put("FIGURES_PARAMS", withBundle(Map.of()));
        p.putAll(ClosingText.fields(labels, briefing.meta().header()));
        return p;
    }

    private Map<String, Object> card(FigureRow row, String previous) {
        Map<String, Object> card = new HashMap<>();
        card.put("value", numbers.value(row));
        card.put("unit", tables.unit(row.indicator()));
        card.put("label", row.indicator().name().in(language));
        String change = row.indicator().valueType().isShare() || row.relativeChange() == null ? numbers.change(row)
                : numbers.signed(row.relativeChange().multiply(BigDecimal.valueOf(100)), 1) + "%";
        card.put("change", row.change() == null ? "" : Comparability.notComparable(row)
                ? labels.format("briefing.change.notComparable", ComparisonNotes.coverage(numbers, row.coverage()),
                        ComparisonNotes.coverage(numbers, row.previousCoverage()))
                : labels.format("briefing.change.vs", change, previous));
        return card;
    }

    private Map<String, Object> change(FigureRow row) {
        Map<String, Object> change = new HashMap<>();
        change.put("name", row.indicator().name().in(language));
        change.put("unit", tables.unit(row.indicator()));
        change.put("previous", numbers.value(row.previousValue(), row.indicator().valueType(), row.scope().kind()));
        change.put("current", numbers.value(row));
        change.put("change", numbers.change(row));
        return change;
    }

    private List<Map<String, Object>> heatRows(HeatMap heatMap) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Task task : heatMap.tasks()) {
            Map<String, Object> row = new HashMap<>();
            row.put("task", taskLabel(task));
            List<Scope> columns = heatMap.columns();
            for (int i = 0; i < columns.size(); i++) {
                BigDecimal score = heatMap.score(task.taskNo(), columns.get(i).code());
                row.put("s" + i, numbers.number(score, 0));
                row.put("b" + i, HeatColours.background(score));
                row.put("f" + i, HeatColours.foreground(score));
            }
            rows.add(row);
        }
        return rows;
    }

    /** "1. Nhận thức về ĐNND": the label configured for the heat map, or the task's own short name. */
    private String taskLabel(Task task) {
        String key = "briefing.task." + task.taskNo();
        String name = labels.bundle().containsKey(key) ? labels.get(key) : task.shortName().in(language);
        return labels.format("task.heading", task.taskNo(), name);
    }

    private Map<String, Object> heatParameters(HeatMap heatMap) {
        Map<String, Object> params = new HashMap<>();
        params.put("COLUMNS", heatMap.columns().size());
        for (int i = 0; i < heatMap.columns().size(); i++) {
            params.put("H" + i, heatMap.columns().get(i).shortName().in(language));
        }
        return withBundle(params);
    }

    private String notReported(List<OrganisationStatus> organisations) {
        if (organisations.isEmpty()) {
            return labels.get("briefing.missing.none");
        }
        List<String> names = organisations.stream().map(OrganisationStatus::name).toList();
        return TextFit.joinWithin(names, NOT_REPORTED_BUDGET, labels, "briefing.missing.more");
    }

    private Map<String, Object> withBundle(Map<String, Object> params) {
        Map<String, Object> all = new HashMap<>(params);
        all.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels.bundle());
        all.put(JRParameter.REPORT_LOCALE, language.locale());
        return all;
    }
}
