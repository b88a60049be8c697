package vn.dnnd.reports.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import vn.dnnd.reports.model.Comparability;
import vn.dnnd.reports.model.FigureRow;
import vn.dnnd.reports.model.Indicator;
import vn.dnnd.reports.model.Scope;
import vn.dnnd.reports.model.ScopeKind;
import vn.dnnd.reports.model.TaskSection;
import vn.dnnd.reports.model.ValueType;
import vn.dnnd.reports.text.NumberText;

/**
 * The figures of one task as the assessment reads them: the rows of the report's own scope, their
 * moves from the previous period, and the standing of the scopes below it (regions, or a region's
 * organisations) on the task's headline indicator.
 */
final class TaskFigures {

    private final TaskSection section;
    private final List<FigureRow> own;
    private final List<FigureRow> below;

    TaskFigures(TaskSection section, Scope scope) {
        this.section = section;
        this.own = section.rows().stream().filter(row -> isScope(row, scope)).toList();
        // The central bodies' row closes a table by region; it is no region, so it never leads or lags among them.
        this.below = section.rows().stream()
                .filter(row -> !isScope(row, scope) && row.scope().kind() != ScopeKind.CENTRAL).toList();
    }

    TaskSection section() {
        return section;
    }

    List<FigureRow> own() {
        return own;
    }

    /** The comparable moves of the own rows: a change over different shares of reporters is never ranked. */
    List<Movement> movements() {
        return own.stream().filter(Comparability::comparable).map(Movement::of).filter(Objects::nonNull).toList();
    }

    /** Whether some own row has a change the tables mark "not comparable". */
    boolean anyNotComparable() {
        return own.stream().anyMatch(Comparability::notComparable);
    }

    /** The own rows nobody has reported yet, though some organisation was expected to. */
    List<FigureRow> unreported() {
        return own.stream().filter(row -> row.value() == null && row.expected() > row.notApplicable()).toList();
    }

    /**
     * The scopes below on the headline indicator: the task's chart indicator, else the first of the task
     * with a value below; never a yes/no answer of single organisations, which cannot be ranked. Null when
     * no scope below has a value.
     */
    Standing standing(NumberText numbers) {
        Stream<Indicator> candidates = Stream.concat(
                section.chart() == null ? Stream.empty() : Stream.of(section.chart().indicator()),
                own.stream().map(FigureRow::indicator));
        for (Indicator indicator : candidates.toList()) {
            List<FigureRow> rows = below.stream().filter(row -> row.indicator().code().equals(indicator.code())).toList();
            List<FigureRow> valued = rows.stream().filter(row -> row.value() != null).toList();
            boolean yesNo = indicator.valueType() == ValueType.BOOLEAN
                    && rows.stream().anyMatch(row -> row.scope().kind() == ScopeKind.ORGANISATION);
            if (!valued.isEmpty() && !yesNo) {
                List<FigureRow> silent = new ArrayList<>(rows.stream()
                        .filter(row -> row.value() == null && row.expected() > row.notApplicable()).toList());
                return new Standing(indicator, valued,
                        Ranking.highest(valued, FigureRow::value, numbers::value),
                        Ranking.lowest(valued, FigureRow::value, numbers::value), silent);
            }
        }
        return null;
    }

    private static boolean isScope(FigureRow row, Scope scope) {
        return row.scope().kind() == scope.kind() && row.scope().code().equals(scope.code());
    }

    /**
     * @param valued  the scopes below with a value
     * @param highest the highest of them, with those tied
     * @param lowest  the lowest of them, with those tied
     * @param silent  the scopes below expected to report it that have no value
     */
    record Standing(Indicator indicator, List<FigureRow> valued, List<FigureRow> highest, List<FigureRow> lowest,
            List<FigureRow> silent) {

        /** Every scope with a value reads the same: nobody leads. */
        boolean level() {
            return highest.size() == valued.size();
        }
    }
}
