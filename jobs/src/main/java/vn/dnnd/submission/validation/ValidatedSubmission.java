package vn.dnnd.submission.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.dnnd.submission.parse.Channel;

/** A submission that passed every check, ready to be stored as a new version. */
public record ValidatedSubmission(Channel channel, long orgId, String orgCode, String orgNameVi, String periodCode,
                                  boolean onTime, String templateVersion, String catalogueChecksum, String submittedBy,
                                  List<Value> values, List<Narrative> narratives, List<Activity> activities) {

    /** One answer: a number, a yes/no, or "not applicable"; a missing answer has no Value at all. */
    public record Value(String indicatorCode, BigDecimal numeric, Boolean bool, boolean notApplicable, String note,
                        String sourceRef) {
    }

    public record Narrative(int taskNo, String section, String body) {
    }

    public record Activity(int lineNo, int taskNo, LocalDate date, String kind, String partnerCountry,
                           String partnerOrg, Integer participants, BigDecimal amount, String description) {
    }
}
