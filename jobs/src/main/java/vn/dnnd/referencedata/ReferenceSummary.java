package vn.dnnd.referencedata;

import java.time.LocalDate;
import java.util.List;

/** Counts of the reference data in force on one date. */
public record ReferenceSummary(LocalDate on, int tasks, int indicators, int derivedIndicators, int periods,
                               List<KindCount> reportersByKind, List<RegionCount> provincesByRegion,
                               int organisationVersions) {

    public record KindCount(String kind, int count) {
    }

    public record RegionCount(String regionId, String nameVi, String nameEn, int count) {
    }
}
