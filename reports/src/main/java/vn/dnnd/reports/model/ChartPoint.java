package vn.dnnd.reports.model;

import java.math.BigDecimal;
import java.util.Objects;

/** One category of a bar chart with this period's and the previous period's value (null = missing). */
public record ChartPoint(Bilingual category, BigDecimal previous, BigDecimal current) {

    public ChartPoint {
        Objects.requireNonNull(category, "category");
    }
}
