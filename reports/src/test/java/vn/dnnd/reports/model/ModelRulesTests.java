package vn.dnnd.reports.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelRulesTests {

    private static final Indicator EVENTS = new Indicator("T1.DISSEM_EVENTS", 1, Bilingual.same("events"),
            Bilingual.same("cuộc"), ValueType.INTEGER);

    @Test
    void completenessMustAddUp() {
        assertThat(new CompletenessRow(Scope.national(), 62, 59, 53, 6, 3).submittedPercent()).isEqualByComparingTo("95.2");
        assertThatThrownBy(() -> new CompletenessRow(Scope.national(), 62, 59, 50, 6, 3))
                .hasMessageContaining("does not add up");
    }

    @Test
    void biggestChangesRankByRelativeChangeAndSkipRowsWithoutAPreviousValue() {
        FigureRow small = row("A", "110", "100");
        FigureRow big = row("B", "50", "100");
        FigureRow fresh = row("C", "10", null);
        FigureRow fromZero = row("D", "10", "0");
        assertThat(Briefing.biggestChanges(List.of(small, big, fresh, fromZero), 5)).containsExactly(big, small);
    }

    @Test
    void aChartOfOneIndicatorTakesItsRowsOfOneScopeKind() {
        Scope north = Scope.region("DBSH", Bilingual.same("Vùng đồng bằng sông Hồng"), Bilingual.same("ĐBSH"));
        FigureRow region = new FigureRow(EVENTS, north, BigDecimal.TEN, 6, 6, 0, BigDecimal.ONE, BigDecimal.valueOf(9),
                new Coverage(6, 6, 0));
        ChartSeries chart = ChartSeries.of(EVENTS, List.of(row("T1.DISSEM_EVENTS", "99", "98"), region), ScopeKind.REGION);
        assertThat(chart.points()).containsExactly(new ChartPoint(Bilingual.same("ĐBSH"), BigDecimal.ONE, BigDecimal.TEN));
        assertThat(new ChartSeries(EVENTS, List.of(new ChartPoint(Bilingual.same("x"), null, null))).hasValues()).isFalse();
    }

    @Test
    void aMissingReportHasNoVersion() {
        assertThatThrownBy(() -> new OrganisationStatus("HNB", "Hội Nhà báo Việt Nam", OrganisationKind.CENTRAL_ORG, null,
                SubmissionState.MISSING, 1, null)).hasMessageContaining("missing");
        assertThatThrownBy(() -> new HeatMap(List.of(), java.util.Collections.nCopies(8, Scope.national()), List.of()))
                .hasMessageContaining("at most 7");
    }

    private static FigureRow row(String code, String value, String previous) {
        Indicator indicator = new Indicator(code, 1, Bilingual.same(code), Bilingual.same("u"), ValueType.INTEGER);
        BigDecimal current = new BigDecimal(value);
        BigDecimal before = previous == null ? null : new BigDecimal(previous);
        return new FigureRow(indicator, Scope.national(), current, 1, 1, 0, before,
                before == null ? null : current.subtract(before), before == null ? null : new Coverage(1, 1, 0));
    }
}
