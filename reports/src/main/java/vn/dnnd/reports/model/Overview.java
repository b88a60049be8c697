package vn.dnnd.reports.model;

import java.util.List;
import java.util.Objects;

/**
 * Section I of a summary: who reported (in total, by area and by kind of organisation) and the key
 * figures of the report's scope.
 *
 * @param byArea      by region in the national summary; empty in a region's report
 * @param restatement how the previous period's figures were put onto today's units; null when they were not
 */
public record Overview(
        CompletenessRow total, List<CompletenessRow> byArea, List<CompletenessRow> byKind, List<FigureRow> keyFigures,
        Restatement restatement) {

    /** An overview whose comparisons are with a period on today's units (nothing restated). */
    public Overview(CompletenessRow total, List<CompletenessRow> byArea, List<CompletenessRow> byKind,
                    List<FigureRow> keyFigures) {
        this(total, byArea, byKind, keyFigures, null);
    }

    public Overview {
        Objects.requireNonNull(total, "total");
        byArea = List.copyOf(byArea);
        byKind = List.copyOf(byKind);
        keyFigures = List.copyOf(keyFigures);
    }
}
