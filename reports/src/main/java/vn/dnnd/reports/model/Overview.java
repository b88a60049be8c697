package vn.dnnd.reports.model;

import java.util.List;
import java.util.Objects;

/**
 * Section I of a summary: who reported (in total, by area and by kind of organisation) and the key
 * figures of the report's scope.
 *
 * @param byArea by region in the national summary; empty in a region's report
 */
public record Overview(
        CompletenessRow total, List<CompletenessRow> byArea, List<CompletenessRow> byKind, List<FigureRow> keyFigures) {

    public Overview {
        Objects.requireNonNull(total, "total");
        byArea = List.copyOf(byArea);
        byKind = List.copyOf(byKind);
        keyFigures = List.copyOf(keyFigures);
    }
}
