package vn.dnnd.report;

import java.math.BigDecimal;
import java.util.List;

/** What changed between two editions of a period: printed figures and the submission versions behind them. */
public record EditionDiff(String period, Edition older, Edition newer, List<FigureChange> figures,
                          List<SubmissionChange> submissions) {

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
}
