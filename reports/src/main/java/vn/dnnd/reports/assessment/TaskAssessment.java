package vn.dnnd.reports.assessment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import vn.dnnd.reports.model.FigureRow;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.model.SummaryReport;
import vn.dnnd.reports.model.TaskSection;

/**
 * The assessment at the head of a task in section II, written from its table: what rose and fell most
 * against the previous period, which scope below leads and which lags on the task's headline indicator,
 * and how completely the task was reported. Every number is one its table prints.
 */
public final class TaskAssessment {

    private final SummaryReport report;
    private final Sentences sentences;

    public TaskAssessment(SummaryReport report, ReportLanguage language) {
        this.report = report;
        this.sentences = new Sentences(language, report.meta());
    }

    /** The paragraph for the task; empty when the task has no figures. */
    public String paragraph(TaskSection section) {
        TaskFigures figures = new TaskFigures(section, report.scope());
        if (figures.own().isEmpty()) {
            return "";
        }
        List<String> text = new ArrayList<>(sentences.changes(figures.movements(), true, figures.anyNotComparable()));
        standing(figures.standing(sentences.numbers()), text);
        coverage(figures, text);
        return String.join(" ", text);
    }

    private void standing(TaskFigures.Standing standing, List<String> text) {
        if (standing == null) {
            return;
        }
        var labels = sentences.labels();
        String name = sentences.quoted(standing.indicator());
        if (standing.valued().size() == 1) {
            text.add(labels.format("assessment.leaders.single", name, who(standing.valued())));
        } else if (standing.level()) {
            text.add(labels.format("assessment.leaders.level", name,
                    labels.get(report.isNational() ? "assessment.below.regions" : "assessment.below.organisations"),
                    sentences.amount(standing.valued().get(0))));
        } else {
            text.add(labels.format("assessment.leaders", name, who(standing.highest()), who(standing.lowest())));
        }
        if (!standing.silent().isEmpty()) {
            text.add(labels.format("assessment.silent", name, sentences.scopes(standing.silent())));
        }
    }

    /** "Vùng Bắc Trung Bộ (239 cuộc)", or "A và B (cùng 450 cuộc)" when they tie. */
    private String who(List<FigureRow> rows) {
        String each = rows.size() > 1 ? sentences.labels().get("assessment.each") + " " : "";
        return sentences.scopes(rows) + " (" + each + sentences.amount(rows.get(0)) + ")";
    }

    /** The least completely reported indicator, or that every expected reporter gave figures; then what nobody reported. */
    private void coverage(TaskFigures figures, List<String> text) {
        var labels = sentences.labels();
        List<FigureRow> incomplete = figures.own().stream()
                .filter(row -> row.value() != null && row.reporters() + row.notApplicable() < row.expected()).toList();
        List<FigureRow> unreported = figures.unreported();
        if (incomplete.isEmpty() && unreported.isEmpty()) {
            text.add(labels.get("assessment.coverage.full"));
        }
        List<FigureRow> least = Ranking.lowest(incomplete, TaskAssessment::reportedShare, this::reporters);
        if (!least.isEmpty()) {
            text.add(labels.format(least.size() == 1 ? "assessment.coverage.one" : "assessment.coverage.tied",
                    sentences.quoted(least), reporters(least.get(0))));
        }
        if (!unreported.isEmpty()) {
            text.add(labels.format("assessment.unreported", sentences.quoted(unreported)));
        }
    }

    /** "28/34" as the table's column of reporters, "28/34 (2 không áp dụng)" with those it does not apply to. */
    private String reporters(FigureRow row) {
        var numbers = sentences.numbers();
        String counted = numbers.count(row.reporters()) + "/" + numbers.count(row.expected());
        return row.notApplicable() == 0 ? counted : counted + " ("
                + sentences.labels().format("assessment.notApplicable", numbers.count(row.notApplicable())) + ")";
    }

    private static BigDecimal reportedShare(FigureRow row) {
        return BigDecimal.valueOf(row.reporters())
                .divide(BigDecimal.valueOf(row.expected() - row.notApplicable()), MathContext.DECIMAL64);
    }
}
