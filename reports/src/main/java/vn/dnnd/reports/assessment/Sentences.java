package vn.dnnd.reports.assessment;

import java.util.ArrayList;
import java.util.List;
import vn.dnnd.reports.model.FigureRow;
import vn.dnnd.reports.model.Indicator;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.model.ReportMeta;
import vn.dnnd.reports.text.Labels;
import vn.dnnd.reports.text.NumberText;

/**
 * The pieces the assessment's sentences are made of, each number written by the tables' own
 * {@link NumberText} so that it reads exactly as in the table it comes from.
 */
final class Sentences {

    private final Labels labels;
    private final NumberText numbers;
    private final ReportLanguage language;
    private final String previous;

    Sentences(ReportLanguage language, ReportMeta meta) {
        this.language = language;
        this.labels = Labels.of(language);
        this.numbers = new NumberText(language);
        this.previous = meta.previousPeriod() == null ? null
                : labels.inSentence(meta.previousPeriod().label().in(language));
    }

    Labels labels() {
        return labels;
    }

    NumberText numbers() {
        return numbers;
    }

    ReportLanguage language() {
        return language;
    }

    /** "năm 2024" in running text; null when the report has no previous period. */
    String previous() {
        return previous;
    }

    /** "A", "A và B", "A, B và C". */
    String list(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + labels.get("assessment.and") + " "
                + items.get(items.size() - 1);
    }

    String quoted(Indicator indicator) {
        return "“" + indicator.name().in(language) + "”";
    }

    String quoted(List<FigureRow> rows) {
        return list(rows.stream().map(row -> quoted(row.indicator())).toList());
    }

    String scopes(List<FigureRow> rows) {
        return list(rows.stream().map(row -> row.scope().name().in(language)).toList());
    }

    /** The value as its table prints it, with the unit of a count or an amount: "659 đoàn", "92,8%". */
    String amount(FigureRow row) {
        String value = numbers.value(row);
        return row.indicator().valueType().isShare() ? value : NumberText.withUnit(value, row.indicator().unit().in(language));
    }

    /** The size of a move without its sign, as the table's change column prints it: "8,0%", "3,5 điểm %". */
    String size(Movement move) {
        return move.share() ? numbers.points(move.size().abs()) : numbers.percent(move.size().abs());
    }

    /**
     * What rose most and what fell most, counts and amounts apart from shares (a share moves in points, a
     * count in per cent: the two do not compare); then whether nothing fell, or nothing rose. Only comparable
     * moves are given; {@code someNotComparable} says that others were left out, and the sentence says why.
     */
    List<String> changes(List<Movement> moves, boolean withShares, boolean someNotComparable) {
        List<String> sentences = new ArrayList<>();
        if (previous == null) {
            sentences.add(labels.get("assessment.noPrevious"));
            return sentences;
        }
        if (moves.isEmpty()) {
            sentences.add(labels.format("assessment.notComparable", previous));
            addLeftOut(sentences, someNotComparable);
            return sentences;
        }
        for (boolean share : withShares ? List.of(false, true) : List.of(false)) {
            List<Movement> group = moves.stream().filter(move -> move.share() == share).toList();
            extreme(sentences, Ranking.highest(group.stream().filter(Movement::rose).toList(), Movement::size,
                    this::size), "rise", share);
            extreme(sentences, Ranking.lowest(group.stream().filter(Movement::fell).toList(), Movement::size,
                    this::size), "fall", share);
        }
        boolean rose = moves.stream().anyMatch(Movement::rose);
        boolean fell = moves.stream().anyMatch(Movement::fell);
        if (!rose && !fell) {
            sentences.add(labels.format("assessment.steady", previous));
        } else if (!fell) {
            sentences.add(labels.format("assessment.noFall", previous));
        } else if (!rose) {
            sentences.add(labels.format("assessment.noRise", previous));
        }
        addLeftOut(sentences, someNotComparable);
        return sentences;
    }

    private void addLeftOut(List<String> sentences, boolean someNotComparable) {
        if (someNotComparable) {
            sentences.add(labels.format("assessment.leftOut", previous));
        }
    }

    private void extreme(List<String> sentences, List<Movement> top, String direction, boolean share) {
        if (top.isEmpty()) {
            return;
        }
        String key = "assessment." + (share ? "share." : "") + direction;
        if (top.size() == 1) {
            FigureRow row = top.get(0).row();
            sentences.add(labels.format(key + ".one", quoted(row.indicator()), amount(row), size(top.get(0)), previous));
        } else {
            sentences.add(labels.format(key + ".tied", quoted(top.stream().map(Movement::row).toList()),
                    size(top.get(0)), previous));
        }
    }
}
