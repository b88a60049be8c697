package vn.dnnd.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * What changed between two editions of a period: printed figures and the submission versions behind them; and,
 * beside them, where the review of the period's versions stands now (what the next edition may change).
 */
public record EditionDiff(String period, Edition older, Edition newer, List<FigureChange> figures,
                          List<SubmissionChange> submissions, ReviewNow review) {

    public EditionDiff {
        figures = List.copyOf(figures);
        submissions = List.copyOf(submissions);
    }

    /**
     * A national or region figure whose value differs (null = no value: missing, never zero), with the
     * indicator's value type and aggregation so it can be shown in its own form (a percentage, a count).
     */
    public record FigureChange(String indicatorCode, String indicatorNameVi, String indicatorNameEn, String valueType,
                               String aggregation, String scopeKind, String scopeCode, BigDecimal oldValue,
                               BigDecimal newValue) {
    }

    /** added: a first version in the newer edition; replaced: a newer version; withdrawn: no longer counted. */
    public record SubmissionChange(String change, String organisationCode, String organisationName, Integer oldVersion,
                                   Integer newVersion) {
    }

    /**
     * The period's review at the moment of the diff: versions awaiting review (no edition counts them) and the
     * organisations whose latest version was returned for correction and which have sent nothing newer.
     */
    public record ReviewNow(int awaitingVersions, List<Returned> returned) {

        public ReviewNow {
            returned = List.copyOf(returned);
        }

        /** Nothing awaits review and nothing is returned: nothing to say. */
        public boolean quiet() {
            return awaitingVersions == 0 && returned.isEmpty();
        }
    }

    /** An organisation's latest version, returned for correction, with the reviewer's reason. */
    public record Returned(String organisationCode, String organisationName, int version, String reason) {
    }
}
