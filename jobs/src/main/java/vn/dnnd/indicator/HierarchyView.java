package vn.dnnd.indicator;

import java.util.Locale;
import vn.dnnd.system.DnndException;

/**
 * The two ways every result is computed: as reported (each organisation version in its own region and
 * kind of the time) and restated onto today's units (an old province's values count toward the unit
 * it merged into, in today's region).
 */
public enum HierarchyView {

    AS_REPORTED("as_reported", "theo số liệu báo cáo", "as reported"),
    RESTATED("restated", "quy đổi theo đơn vị hành chính hiện nay", "restated onto today's units");

    private final String code;
    private final String labelVi;
    private final String labelEn;

    HierarchyView(String code, String labelVi, String labelEn) {
        this.code = code;
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    /** What a reader types (command option, page form, API parameter): as-reported or restated. */
    public static HierarchyView parse(String text) {
        return switch (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) {
            case "as-reported", "as_reported" -> AS_REPORTED;
            case "restated" -> RESTATED;
            default -> throw new DnndException("Cách nhìn (view) phải là as-reported hoặc restated: " + text,
                    "the view must be as-reported or restated: " + text);
        };
    }

    /** The form a reader types: as-reported, restated. */
    public String option() {
        return code.replace('_', '-');
    }

    /** The value of the {@code hierarchy} column. */
    public String code() {
        return code;
    }

    public String labelVi() {
        return labelVi;
    }

    public String labelEn() {
        return labelEn;
    }
}
