package vn.dnnd.portal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import vn.dnnd.indicator.ResolvedScope;
import vn.dnnd.indicator.ScopeReport;
import vn.dnnd.indicator.SeriesReport;
import vn.dnnd.reports.model.Comparability;
import vn.dnnd.reports.model.Coverage;

/**
 * The body of {@code GET /api/v1/periods/{period}/indicators}. An annual period ({@code kind} "annual") fills
 * completeness (null for one organisation), indicators and task_scores; a review ("review") fills years and
 * series, where each line's {@code values} holds a year with published results (its value, or null for no
 * value) and leaves out a year not computed. Each indicator's change says whether it is comparable and who the
 * previous value rests on ({@code previous_coverage}: reporters, expected, not applicable).
 */
record IndicatorsJson(String period, String periodNameVi, String periodNameEn, String kind, Scope scope, String view,
                      long runId, OffsetDateTime finishedAt, ScopeReport.Completeness completeness,
                      List<Indicator> indicators, List<TaskScore> taskScores, List<String> years, List<Line> series) {

    static IndicatorsJson of(ScopeReport r) {
        return new IndicatorsJson(r.periodCode(), r.periodNameVi(), r.periodNameEn(), "annual", Scope.of(r.scope()),
                r.view().option(), r.runId(), r.finishedAt(), r.completeness(), r.indicators().stream()
                .map(i -> new Indicator(i.code(), i.taskNo(), i.nameVi(), i.nameEn(), i.unitVi(), i.valueType(),
                        i.aggregation(), i.value(), i.numerator(), i.denominator(), i.reporters(), i.expected(),
                        i.notApplicable(), i.previousValue(), i.change(), comparable(i), i.previousCoverage()))
                .toList(), r.scores().stream()
                .map(s -> new TaskScore(s.taskNo(), s.taskNameVi(), s.taskNameEn(), s.score(), s.rank(), s.ranked(),
                        s.coverage(), s.members())).toList(), null, null);
    }

    static IndicatorsJson of(SeriesReport r) {
        return new IndicatorsJson(r.periodCode(), r.periodNameVi(), r.periodNameEn(), "review", Scope.of(r.scope()),
                r.view().option(), r.runId(), r.finishedAt(), null, null, null, r.years(), r.lines().stream()
                .map(l -> new Line(l.code(), l.taskNo(), l.nameVi(), l.unitVi(), l.valueType(), l.aggregation(),
                        l.valueByYear())).toList());
    }

    /**
     * Whether the change may be read as one, by the rule the reports print "không so sánh được" by; null where there
     * is no change.
     */
    private static Boolean comparable(ScopeReport.Indicator i) {
        return i.change() == null ? null : Comparability.comparable(i.coverage(), i.previousCoverage());
    }

    /** kind: national, region, org_kind or organisation; codes: the scope codes standing for it in the period. */
    record Scope(String kind, List<String> codes, String nameVi, String nameEn) {
        static Scope of(ResolvedScope s) {
            return new Scope(s.kind(), s.codes(), s.nameVi(), s.nameEn());
        }
    }

    record Indicator(String code, int taskNo, String nameVi, String nameEn, String unitVi, String valueType,
                     String aggregation, BigDecimal value, BigDecimal numerator, BigDecimal denominator, int reporters,
                     int expected, int notApplicable, BigDecimal previousValue, BigDecimal change,
                     Boolean comparable, Coverage previousCoverage) {
    }

    record TaskScore(int taskNo, String taskNameVi, String taskNameEn, BigDecimal score, Integer rank, Integer ranked,
                     BigDecimal coverage, Integer members) {
    }

    record Line(String code, int taskNo, String nameVi, String unitVi, String valueType, String aggregation,
                Map<String, BigDecimal> values) {
    }
}
