package vn.dnnd.portal;

import java.util.List;
import vn.dnnd.submission.upload.OpenPeriod;

/** One of the submitter's organisations with its open periods, for the submit page. */
public record OrganisationPeriods(String code, List<OpenPeriod> periods) {

    /** "Hà Nội (HN)": the organisation's name in its latest period listed, else the code alone. */
    public String label(boolean english) {
        if (periods.isEmpty()) {
            return code;
        }
        OpenPeriod latest = periods.get(0);
        return (english ? latest.orgNameEn() : latest.orgNameVi()) + " (" + code + ")";
    }
}
