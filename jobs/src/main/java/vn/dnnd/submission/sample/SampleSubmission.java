package vn.dnnd.submission.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.dnnd.referencedata.ReportingPeriod;
import vn.dnnd.submission.reference.Reporter;

/**
 * One organisation's sample report for one year. Answers map an indicator code to a BigDecimal, a
 * Boolean or {@link #NOT_APPLICABLE}; an indicator without an entry is missing (never zero).
 */
record SampleSubmission(Reporter reporter, ReportingPeriod period, Map<String, Object> answers,
                        List<Narrative> narratives, List<Activity> activities, String submittedBy) {

    static final String NOT_APPLICABLE = "NOT_APPLICABLE";

    record Narrative(int task, String section, String text) {
    }

    record Activity(int task, LocalDate date, String kind, String partnerCountry, String partnerOrg, int participants,
                    BigDecimal amount, String description) {
    }
}
