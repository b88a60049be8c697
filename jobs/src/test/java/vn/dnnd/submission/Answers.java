package vn.dnnd.submission;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dnnd.submission.reference.IndicatorDefinition;

/**
 * A complete set of answers for tests: a value for every entered indicator, one "not applicable",
 * and the optional T6.ONLINE_VIEWS left missing. Numbers go above a thousand so that the vi-VN
 * thousands separator is exercised.
 */
public final class Answers {

    /** Marks "not applicable" in the map. */
    public static final Object NOT_APPLICABLE = new Object() {
        @Override
        public String toString() {
            return "NOT_APPLICABLE";
        }
    };
    public static final String MISSING = "T6.ONLINE_VIEWS";
    public static final String NA = "T3.NEIGHBOUR_EXCHANGES";

    private Answers() {
    }

    public static Map<String, Object> forIndicators(List<IndicatorDefinition> indicators, int seed) {
        Map<String, Object> answers = new LinkedHashMap<>();
        int i = seed;
        for (IndicatorDefinition indicator : indicators) {
            i++;
            if (indicator.code().equals(MISSING)) {
                continue;
            }
            if (indicator.code().equals(NA)) {
                answers.put(indicator.code(), NOT_APPLICABLE);
            } else if (indicator.isBoolean()) {
                answers.put(indicator.code(), i % 3 != 0);
            } else if (indicator.valueType().equals("decimal")) {
                answers.put(indicator.code(), new BigDecimal(1000 * i + ".5"));
            } else {
                answers.put(indicator.code(), BigDecimal.valueOf(i * 137L));
            }
        }
        for (IndicatorDefinition indicator : indicators) {
            if (indicator.atMostCode() != null && answers.get(indicator.atMostCode()) instanceof BigDecimal bound) {
                answers.put(indicator.code(), bound.subtract(BigDecimal.ONE));
            }
        }
        return answers;
    }

    /** Vietnamese writing of a number: 1234 → "1.234", 1234.5 → "1.234,5". */
    public static String vietnamese(BigDecimal value) {
        return vn.dnnd.submission.parse.VietnameseNumber.format(value);
    }
}
