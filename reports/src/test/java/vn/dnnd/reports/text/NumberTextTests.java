package vn.dnnd.reports.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.dnnd.reports.model.Bilingual;
import vn.dnnd.reports.model.Coverage;
import vn.dnnd.reports.model.FigureRow;
import vn.dnnd.reports.model.Indicator;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.model.Scope;
import vn.dnnd.reports.model.ScopeKind;
import vn.dnnd.reports.model.ValueType;

class NumberTextTests {

    private final NumberText vi = new NumberText(ReportLanguage.VI);
    private final NumberText en = new NumberText(ReportLanguage.EN);

    @Test
    void writesCountsAmountsAndSharesForEachEdition() {
        FigureRow events = row(ValueType.INTEGER, "1234567", "1100000");
        assertThat(vi.value(events)).isEqualTo("1.234.567");
        assertThat(en.value(events)).isEqualTo("1,234,567");
        assertThat(vi.change(events)).isEqualTo("+134.567 (+12,2%)");
        assertThat(en.change(events)).isEqualTo("+134,567 (+12.2%)");
        FigureRow share = row(ValueType.PERCENT, "80.66", "82.1");
        assertThat(vi.value(share)).isEqualTo("80,7%");
        assertThat(vi.change(share)).isEqualTo("-1,4\u00A0điểm\u00A0%");
        assertThat(en.change(share)).isEqualTo("-1.4\u00A0pp");
        FigureRow dong = row(ValueType.DECIMAL, "100256380488", "91227610837");
        assertThat(vi.value(dong)).isEqualTo("100,3\u00A0tỷ");
        assertThat(en.value(dong)).isEqualTo("100.3\u00A0bn");
        assertThat(vi.value(row(ValueType.DECIMAL, "79484196.45", null))).isEqualTo("79.484.196");
    }

    @Test
    void missingIsADashNeverZero() {
        FigureRow missing = row(ValueType.INTEGER, null, "12");
        assertThat(vi.value(missing)).isEqualTo("–");
        assertThat(vi.change(missing)).isEqualTo("–");
        assertThat(vi.percent(null)).isEqualTo("–");
    }

    @Test
    void aYesNoAnswerOfOneOrganisationReadsAsWords() {
        Indicator plan = new Indicator("T2.IMPL_PLAN_IN_FORCE", 2, Bilingual.same("plan"), Bilingual.same("có/không"),
                ValueType.BOOLEAN);
        assertThat(vi.value(BigDecimal.ONE, plan.valueType(), ScopeKind.ORGANISATION)).isEqualTo("Có");
        assertThat(en.value(BigDecimal.ZERO, plan.valueType(), ScopeKind.ORGANISATION)).isEqualTo("No");
        assertThat(vi.value(new BigDecimal("75"), plan.valueType(), ScopeKind.REGION)).isEqualTo("75,0%");
    }

    private static FigureRow row(ValueType type, String value, String previous) {
        BigDecimal current = value == null ? null : new BigDecimal(value);
        BigDecimal before = previous == null ? null : new BigDecimal(previous);
        BigDecimal change = current == null || before == null ? null : current.subtract(before);
        Indicator indicator = new Indicator("X", 1, Bilingual.same("x"), Bilingual.same("u"), type);
        return new FigureRow(indicator, Scope.national(), current, 1, 1, 0, before, change,
                before == null ? null : new Coverage(1, 1, 0));
    }
}
