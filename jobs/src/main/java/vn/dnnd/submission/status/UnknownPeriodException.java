package vn.dnnd.submission.status;

import vn.dnnd.system.DnndException;

/** A period code that is not in the registry: a page or API may answer "not found" rather than "bad request". */
public class UnknownPeriodException extends DnndException {

    public UnknownPeriodException(String code) {
        super("Không có kỳ báo cáo " + StatusFilter.quoted(code), "unknown reporting period " + StatusFilter.quoted(code));
    }
}
