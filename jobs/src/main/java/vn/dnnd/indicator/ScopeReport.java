package vn.dnnd.indicator;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import vn.dnnd.reports.model.Coverage;

/**
 * The published results of one scope of an annual period on one view, read in one snapshot: the run
 * they come from, completeness (not for a single organisation), every indicator and every task score.
 */
public record ScopeReport(String periodCode, String periodNameVi, String periodNameEn, ResolvedScope scope,
                          HierarchyView view, long runId, OffsetDateTime finishedAt, Completeness completeness,
                          List<Indicator> indicators, List<TaskScore> scores) {

    public record Completeness(int expected, int submitted, int onTime, int late, int missing) {
    }

    public record Indicator(String code, int taskNo, String nameVi, String nameEn, String unitVi, String valueType,
                            String aggregation, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
                            int reporters, int expected, int notApplicable, BigDecimal previousValue,
                            BigDecimal change, Coverage previousCoverage) {

        /** Who this period's value rests on. */
        public Coverage coverage() {
            return new Coverage(reporters, expected, notApplicable);
        }
    }

    public record TaskScore(int taskNo, String taskNameVi, String taskNameEn, BigDecimal score, Integer rank,
                            Integer ranked, BigDecimal coverage, Integer members) {
    }
}
