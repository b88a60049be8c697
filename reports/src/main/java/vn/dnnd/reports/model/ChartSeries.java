package vn.dnnd.reports.model;

import java.util.List;
import java.util.Objects;

/**
 * The data of one bar chart: an indicator's values by region (or by organisation), this period next to
 * the previous one. The title and unit are printed as text beside the chart, where they can be read back.
 */
public record ChartSeries(Indicator indicator, List<ChartPoint> points) {

    public ChartSeries {
        Objects.requireNonNull(indicator, "indicator");
        points = List.copyOf(points);
    }

    /** The chart of one indicator from its rows of the given scope kind, categories labelled by short name. */
    public static ChartSeries of(Indicator indicator, List<FigureRow> rows, ScopeKind kind) {
        List<ChartPoint> points = rows.stream()
                .filter(row -> row.indicator().code().equals(indicator.code()) && row.scope().kind() == kind)
                .map(row -> new ChartPoint(row.scope().shortName(), row.previousValue(), row.value()))
                .toList();
        return new ChartSeries(indicator, points);
    }

    /** True when at least one bar has a value: an empty chart is left out rather than drawn. */
    public boolean hasValues() {
        return points.stream().anyMatch(point -> point.current() != null || point.previous() != null);
    }
}
