package vn.dnnd.submission.sample;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dnnd.submission.reference.IntakeReference;
import vn.dnnd.submission.reference.Reporter;

/**
 * The previous year's figures of an organisation as the reports compare them: a unit formed by a merger
 * is compared with the sum of the provinces merged into it (the restated view), not with the one old
 * province that kept its code. Without this, Vĩnh Long's narrative said +218 % (three provinces against
 * the old Vĩnh Long alone) where its table said +18,4 %.
 */
final class PreviousFigures {

    private PreviousFigures() {
    }

    /**
     * The previous year's answers to compare with, or null for none. A merged unit's figure is the sum of
     * its predecessors' figures, and only when every predecessor reported it: missing is not zero.
     */
    static Map<String, Object> of(Reporter reporter, Map<String, Map<String, Object>> previousYear,
                                  IntakeReference reference) {
        List<Reporter> merged = reporter.kind().equals("province") ? reference.predecessorsOf(reporter) : List.of();
        if (merged.isEmpty()) {
            return previousYear.get(reporter.code());
        }
        List<Map<String, Object>> parts = merged.stream().map(r -> previousYear.get(r.code())).toList();
        if (parts.contains(null)) {
            return null;
        }
        Map<String, Object> sums = new HashMap<>();
        for (String code : parts.get(0).keySet()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Map<String, Object> part : parts) {
                if (!(part.get(code) instanceof BigDecimal value)) {
                    sum = null;
                    break;
                }
                sum = sum.add(value);
            }
            if (sum != null) {
                sums.put(code, sum);
            }
        }
        return sums;
    }
}
