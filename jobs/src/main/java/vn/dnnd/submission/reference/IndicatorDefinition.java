package vn.dnnd.submission.reference;

import java.time.LocalDate;
import java.util.List;
import vn.dnnd.referencedata.ReportingPeriod;

/**
 * One indicator of the catalogue as intake checks it. Derived (ratio) indicators are never entered;
 * they name their numerator and denominator (both null for an entered indicator).
 */
public record IndicatorDefinition(String code, int taskNo, String nameVi, String nameEn, String unitVi, String unitEn,
                                  String valueType, boolean derived, List<String> reporterKinds, boolean required,
                                  String atMostCode, int sortOrder, LocalDate validFrom, LocalDate validTo,
                                  String definitionVi, String numeratorCode, String denominatorCode) {

    public boolean appliesTo(String kind, ReportingPeriod period) {
        return reporterKinds.contains(kind) && !validFrom.isAfter(period.endsOn())
                && (validTo == null || !validTo.isBefore(period.startsOn()));
    }

    public boolean isBoolean() {
        return valueType.equals("boolean");
    }

    public boolean isWholeNumber() {
        return valueType.equals("integer");
    }

    /** "T1.DISSEM_EVENTS (Số hội nghị…)": how messages name an indicator. */
    public String label() {
        String shortName = nameVi.length() > 80 ? nameVi.substring(0, 77) + "…" : nameVi;
        return code + " (" + shortName + ")";
    }
}
