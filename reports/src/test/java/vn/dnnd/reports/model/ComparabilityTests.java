package vn.dnnd.reports.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparabilityTests {

    private static final Indicator EVENTS = new Indicator("T1.DISSEM_EVENTS", 1, Bilingual.same("events"),
            Bilingual.same("cuộc"), ValueType.INTEGER);

    @Test
    void fullCoverageInBothYearsIsComparableEvenWhenTheUnitsWereRestated() {
        assertThat(Comparability.comparable(new Coverage(62, 62, 0), new Coverage(91, 91, 0))).isTrue();
    }

    @Test
    void differentSharesOfReportersAreNotComparable() {
        // 48/62 = 77.4 %, 64/91 = 70.3 %: 7.1 points apart
        assertThat(Comparability.comparable(new Coverage(48, 62, 0), new Coverage(64, 91, 0))).isFalse();
        // one of two predecessors reported last year, today's unit reports alone
        assertThat(Comparability.comparable(new Coverage(1, 1, 0), new Coverage(1, 2, 0))).isFalse();
    }

    @Test
    void aGapOfAtMostFivePointsIsComparableAndNotApplicableIsLeftOutOfTheShare() {
        // 59/62 = 95.2 %, 91/91 = 100 %: 4.8 points
        assertThat(Comparability.comparable(new Coverage(59, 62, 0), new Coverage(91, 91, 0))).isTrue();
        // 58/62 = 93.5 %: 6.5 points
        assertThat(Comparability.comparable(new Coverage(58, 62, 0), new Coverage(91, 91, 0))).isFalse();
        // 58 of the 58 it applies to
        assertThat(Comparability.comparable(new Coverage(58, 62, 4), new Coverage(91, 91, 0))).isTrue();
    }

    @Test
    void anUnknownPreviousCoverageIsNotComparable() {
        assertThat(Comparability.comparable(new Coverage(10, 10, 0), null)).isFalse();
    }

    @Test
    void aRowIsMarkedNotComparableOnlyWhenItHasAChange() {
        FigureRow shifted = row(new Coverage(48, 62, 0), "120", "100", new Coverage(64, 91, 0));
        FigureRow same = row(new Coverage(62, 62, 0), "120", "100", new Coverage(91, 91, 0));
        FigureRow fresh = row(new Coverage(48, 62, 0), "120", null, null);
        assertThat(Comparability.notComparable(shifted)).isTrue();
        assertThat(Comparability.comparable(shifted)).isFalse();
        assertThat(Comparability.comparable(same)).isTrue();
        assertThat(Comparability.notComparable(fresh)).isFalse();
        assertThat(Comparability.comparable(fresh)).isFalse();
    }

    @Test
    void theBiggestChangesLeaveOutChangesThatAreNotComparable() {
        FigureRow shifted = row(new Coverage(48, 62, 0), "300", "100", new Coverage(64, 91, 0));
        FigureRow same = row(new Coverage(62, 62, 0), "120", "100", new Coverage(91, 91, 0));
        assertThat(Briefing.biggestChanges(List.of(shifted, same), 8)).containsExactly(same);
    }

    private static FigureRow row(Coverage now, String value, String previous, Coverage before) {
        BigDecimal current = new BigDecimal(value);
        BigDecimal old = previous == null ? null : new BigDecimal(previous);
        return new FigureRow(EVENTS, Scope.national(), current, now.reporters(), now.expected(), now.notApplicable(),
                old, old == null ? null : current.subtract(old), before);
    }
}
