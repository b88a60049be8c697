package vn.dnnd.reports.pdf;

import java.util.ArrayList;
import java.util.List;
import vn.dnnd.reports.model.Comparability;
import vn.dnnd.reports.model.Coverage;
import vn.dnnd.reports.model.FigureRow;
import vn.dnnd.reports.model.ReportMeta;
import vn.dnnd.reports.model.Restatement;
import vn.dnnd.reports.text.Labels;
import vn.dnnd.reports.text.NumberText;

/**
 * What one table or chart says about its comparisons with the previous period: a change that is not
 * {@link Comparability comparable} is written "không so sánh được (1)" with footnote (1) giving who reported
 * then and now ("48/62 so với 64/91"), and a previous period restated onto today's units is said so under
 * it with how many reported then and now. Use one instance per table: the footnotes are numbered in it.
 */
final class ComparisonNotes {

    private final Labels labels;
    private final NumberText numbers;
    private final String restated;
    private final List<String> footnotes = new ArrayList<>();

    ComparisonNotes(Labels labels, ReportMeta meta, Restatement restatement) {
        this.labels = labels;
        this.numbers = new NumberText(labels.language());
        this.restated = restatement == null ? null : restated(labels, numbers, meta, restatement);
    }

    /** The change cell of a row: the change, or "không so sánh được (n)" with its footnote n. */
    String change(FigureRow row) {
        if (!Comparability.notComparable(row)) {
            return numbers.change(row);
        }
        footnotes.add(labels.format("note.notComparable.entry", footnotes.size() + 1, coverage(numbers, row.coverage()),
                coverage(numbers, row.previousCoverage())));
        return labels.format("change.notComparable", footnotes.size());
    }

    /** The note under the table: the given text, the restated sentence, then the footnotes; null when empty. */
    String note(String lead) {
        List<String> parts = new ArrayList<>();
        if (lead != null) {
            parts.add(lead);
        }
        if (restated != null) {
            parts.add(restated);
        }
        if (!footnotes.isEmpty()) {
            parts.add(labels.format("note.notComparable", numbers.number(Comparability.MAX_COVERAGE_GAP, 0),
                    String.join("; ", footnotes)));
        }
        return parts.isEmpty() ? null : String.join("\n", parts);
    }

    /** "Số liệu năm 2024 đã quy đổi theo 34 đơn vị hành chính hiện nay; năm 2024 có 91/91 ..., năm 2025 có 62/62." */
    static String restated(Labels labels, NumberText numbers, ReportMeta meta, Restatement restatement) {
        String before = labels.inSentence(meta.previousPeriod().label().in(labels.language()));
        String now = labels.inSentence(meta.period().label().in(labels.language()));
        return labels.format("note.restated", before, numbers.count(restatement.todaysUnits()),
                coverage(numbers, restatement.before()), now, coverage(numbers, restatement.now()));
    }

    /** "48/62": reporters of expected. */
    static String coverage(NumberText numbers, Coverage coverage) {
        return numbers.count(coverage.reporters()) + "/" + numbers.count(coverage.expected());
    }
}
