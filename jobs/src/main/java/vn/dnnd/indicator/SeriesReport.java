package vn.dnnd.indicator;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The series of a review period for one scope and view: the years of the review, and for every
 * indicator its published value in each year that has one.
 */
public record SeriesReport(String periodCode, String periodNameVi, String periodNameEn,
                           ResolvedScope scope, HierarchyView view, long runId,
                           OffsetDateTime finishedAt, List<String> years, List<Line> lines) {

    public record Line(String code, int taskNo, String nameVi, String unitVi, String valueType,
                       String aggregation, Map<String, BigDecimal> valueByYear) {
    }
}
