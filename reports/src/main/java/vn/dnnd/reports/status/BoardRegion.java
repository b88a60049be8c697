package vn.dnnd.reports.status;

import java.util.Objects;
import vn.dnnd.reports.model.Bilingual;

/** A region of a period's reporters (the scheme in force on the period's last day): its code and names. */
public record BoardRegion(String code, Bilingual name) {

    public BoardRegion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
