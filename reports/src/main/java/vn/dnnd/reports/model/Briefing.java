package vn.dnnd.reports.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The leaders' briefing: at most two pages, always. The renderer prints at most
 * {@link #MAX_KEY_FIGURES} key figures and {@link #MAX_CHANGES} changes, and shortens the list of
 * organisations that have not reported to what fits, saying how many more there are.
 *
 * @param restatement how the previous period's figures were put onto today's units; null when they were not
 */
public record Briefing(
        ReportMeta meta,
        CompletenessRow completeness,
        List<FigureRow> keyFigures,
        HeatMap heatMap,
        List<FigureRow> biggestChanges,
        List<OrganisationStatus> notReported,
        Restatement restatement) {

    public static final int MAX_KEY_FIGURES = 6;
    public static final int MAX_CHANGES = 8;

    public Briefing {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(completeness, "completeness");
        Objects.requireNonNull(heatMap, "heatMap");
        keyFigures = List.copyOf(keyFigures);
        biggestChanges = List.copyOf(biggestChanges);
        notReported = List.copyOf(notReported);
    }

    /** A briefing whose comparisons are with a period on today's units (nothing restated). */
    public Briefing(ReportMeta meta, CompletenessRow completeness, List<FigureRow> keyFigures, HeatMap heatMap,
                    List<FigureRow> biggestChanges, List<OrganisationStatus> notReported) {
        this(meta, completeness, keyFigures, heatMap, biggestChanges, notReported, null);
    }

    /**
     * The rows that changed most from the previous period, by the size of the relative change (a share
     * going from 40 % to 60 % is +50 %); rows without a previous value, and changes that are not
     * {@link Comparability comparable} (the two values rest on different sets of reporters), are left out.
     */
    public static List<FigureRow> biggestChanges(Collection<FigureRow> rows, int limit) {
        return rows.stream()
                .filter(row -> row.relativeChange() != null && Comparability.comparable(row))
                .sorted(Comparator.comparing((FigureRow row) -> row.relativeChange().abs(), Comparator.reverseOrder())
                        .thenComparing(row -> row.indicator().code()))
                .limit(limit)
                .toList();
    }
}
