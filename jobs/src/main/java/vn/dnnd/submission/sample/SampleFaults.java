package vn.dnnd.submission.sample;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** The mistakes real files carry: a figure typed without a zero, a number written as words. */
final class SampleFaults {

    private SampleFaults() {
    }

    /** The first version of a resubmitted report: participants typed ten times too small. */
    static SampleSubmission slip(SampleSubmission correct) {
        Map<String, Object> answers = new LinkedHashMap<>(correct.answers());
        answers.computeIfPresent("T1.DISSEM_PARTICIPANTS", (code, value) -> value instanceof BigDecimal n
                ? n.divideToIntegralValue(BigDecimal.TEN) : value);
        return new SampleSubmission(correct.reporter(), correct.period(), answers, correct.narratives(),
                correct.activities(), correct.submittedBy());
    }

    /** A number cell holding words ("mười lăm"), as a clerk sometimes writes. */
    static SampleSubmission wordsInNumber(SampleSubmission correct) {
        Map<String, Object> answers = new LinkedHashMap<>(correct.answers());
        answers.put("T3.DELEGATIONS_IN", "mười lăm");
        return new SampleSubmission(correct.reporter(), correct.period(), answers, correct.narratives(),
                correct.activities(), correct.submittedBy());
    }
}
