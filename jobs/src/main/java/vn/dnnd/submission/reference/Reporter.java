package vn.dnnd.submission.reference;

import java.time.LocalDate;

/** One organisation version as intake needs it: who it is, when it existed, and who took over. */
public record Reporter(long orgId, String code, LocalDate validFrom, LocalDate validTo, String kind, String subtype,
                       boolean reports,
                       String nameVi, String nameEn, String successorCode, String successorNameVi) {

    /** How a report names its author: "Tỉnh ủy Lạng Sơn", "Thành ủy Hà Nội", or the organisation's own name. */
    public String reportingBodyVi() {
        if (!kind.equals("province")) {
            return nameVi;
        }
        return ("city".equals(subtype) ? "Thành ủy " : "Tỉnh ủy ") + nameVi;
    }

    public boolean existsOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }
}
