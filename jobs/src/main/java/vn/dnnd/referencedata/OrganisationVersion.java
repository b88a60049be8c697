package vn.dnnd.referencedata;

import java.time.LocalDate;

/** One version of an organisation with its region, its successor and the unit it belongs to today. */
public record OrganisationVersion(long orgId, String code, LocalDate validFrom, LocalDate validTo, String kind,
                                  String nameVi, String nameEn, boolean reports, String regionId,
                                  String regionNameVi, String regionNameEn, String successorCode,
                                  String successorNameVi, LocalDate successorValidFrom, String todayCode,
                                  String todayNameVi, String todayRegionId, String todayRegionNameVi,
                                  String todayRegionNameEn) {
}
