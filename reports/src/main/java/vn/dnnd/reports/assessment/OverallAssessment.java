package vn.dnnd.reports.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.dnnd.reports.model.CompletenessRow;
import vn.dnnd.reports.model.FigureRow;
import vn.dnnd.reports.model.OrganisationStatus;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.model.SubmissionState;
import vn.dnnd.reports.model.SummaryReport;
import vn.dnnd.reports.text.Labels;

/**
 * The overall assessment (đánh giá chung) that closes the results: who reported, whether the figures
 * rose or fell on the whole and which moved most, which scope below leads and which lags across the
 * tasks, and what nobody reported. Every number is one a table of the same report prints.
 */
public final class OverallAssessment {

    private final SummaryReport report;
    private final Sentences sentences;
    private final Labels labels;
    private final List<TaskFigures> tasks;

    public OverallAssessment(SummaryReport report, ReportLanguage language) {
        this.report = report;
        this.sentences = new Sentences(language, report.meta());
        this.labels = sentences.labels();
        this.tasks = report.tasks().stream().map(task -> new TaskFigures(task, report.scope())).toList();
    }

    public String paragraph() {
        List<String> text = new ArrayList<>();
        reporting(text);
        List<Movement> moves = tasks.stream().flatMap(task -> task.movements().stream()).toList();
        long rose = moves.stream().filter(Movement::rose).count();
        long fell = moves.stream().filter(Movement::fell).count();
        if (rose > 0 && fell > 0) {
            // With nothing falling (or rising) the sentences on changes say so themselves.
            String key = rose > fell ? "moreRose" : fell > rose ? "moreFell" : "balanced";
            text.add(labels.format("assessment.overall." + key, sentences.previous()));
        }
        text.addAll(sentences.changes(moves, false, false));
        standings(text);
        List<FigureRow> unreported = tasks.stream().flatMap(task -> task.unreported().stream()).toList();
        if (!unreported.isEmpty()) {
            text.add(labels.format("assessment.overall.unreported", sentences.quoted(unreported)));
        }
        return String.join(" ", text);
    }

    /**
     * Counts only where a table prints them: the national report's table by kind ends with the
     * total; a region's report has no such table and names the organisations that have not reported.
     */
    private void reporting(List<String> text) {
        var numbers = sentences.numbers();
        CompletenessRow total = report.overview().total();
        String period = labels.inSentence(report.meta().period().label().in(sentences.language()));
        List<String> missing = report.organisations().stream()
                .filter(organisation -> organisation.state() == SubmissionState.MISSING)
                .map(OrganisationStatus::name).toList();
        if (total.missing() == 0 && missing.isEmpty()) {
            text.add(labels.format("assessment.overall.allReported", period));
        } else if (!report.overview().byKind().isEmpty()) {
            text.add(labels.format("assessment.overall.received", period, numbers.count(total.submitted()),
                    numbers.count(total.expected()), numbers.percent(total.submittedPercent())));
            text.add(labels.format("assessment.overall.missingCount", numbers.count(total.missing())));
        } else {
            text.add(labels.format("assessment.overall.missingNames", period, sentences.list(missing)));
        }
        List<CompletenessRow> regions = report.overview().byArea().stream().filter(row -> row.expected() > 0).toList();
        List<CompletenessRow> silent = regions.stream().filter(row -> row.submitted() == 0).toList();
        List<CompletenessRow> lowest = Ranking.lowest(regions.stream().filter(row -> row.submitted() > 0).toList(),
                CompletenessRow::submittedPercent, row -> numbers.percent(row.submittedPercent()));
        if (!lowest.isEmpty() && lowest.get(0).submitted() < lowest.get(0).expected()) {
            text.add(labels.format("assessment.overall.lowestRate", names(lowest),
                    numbers.percent(lowest.get(0).submittedPercent())));
        }
        if (!silent.isEmpty()) {
            text.add(labels.format("assessment.overall.silentRegions", names(silent)));
        }
    }

    /** The scope below that leads the most tasks' headline indicators, and the one that lags in the most. */
    private void standings(List<String> text) {
        List<TaskFigures.Standing> standings = tasks.stream().map(task -> task.standing(sentences.numbers()))
                .filter(Objects::nonNull).filter(standing -> standing.valued().size() > 1 && !standing.level())
                .toList();
        if (standings.size() < 2) {
            return;
        }
        List<String> leaders = mostOften(standings.stream().map(TaskFigures.Standing::highest).toList());
        List<String> laggards = mostOften(standings.stream().map(TaskFigures.Standing::lowest).toList());
        // Only a clear case is worth a sentence: one scope, and not the same one leading and lagging.
        if (leaders.size() == 1 && !laggards.equals(leaders)) {
            text.add(labels.format("assessment.overall.leader", leaders.get(0)));
        }
        if (laggards.size() == 1 && !laggards.equals(leaders)) {
            text.add(labels.format("assessment.overall.laggard", laggards.get(0)));
        }
    }

    /** The one name found most often among the groups, in two groups at least; the tied names when several are. */
    private List<String> mostOften(List<List<FigureRow>> groups) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        groups.forEach(group -> group.forEach(row -> counts.merge(row.scope().name().in(sentences.language()), 1,
                Integer::sum)));
        List<Map.Entry<String, Integer>> entries = List.copyOf(counts.entrySet());
        List<Map.Entry<String, Integer>> most = Ranking.highest(entries, entry -> BigDecimal.valueOf(entry.getValue()),
                entry -> String.valueOf(entry.getValue()));
        return most.isEmpty() || most.get(0).getValue() < 2 ? List.of() : most.stream().map(Map.Entry::getKey).toList();
    }

    private String names(List<CompletenessRow> rows) {
        return sentences.list(rows.stream().map(row -> row.scope().name().in(sentences.language())).toList());
    }
}
