package vn.dnnd.submission.reference;

import java.time.LocalDate;

/** One organisation version as intake needs it: who it is, when it existed, and who took over. */
public record Reporter(long orgId, String code, LocalDate validFrom, LocalDate validTo, String kind, boolean reports,
                       String nameVi, String nameEn, String successorCode, String successorNameVi) {

    public boolean existsOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }
}
