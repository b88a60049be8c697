package vn.dnnd.system;

/** Every rule intake checks, with the name a clerk reads in a message. Codes are stored in validation_issue.rule. */
public enum Rule {
    EMPTY_FILE("tệp rỗng", "empty file"),
    FILE_TOO_LARGE("tệp quá lớn", "file too large"),
    UNKNOWN_FORMAT("định dạng tệp", "file format"),
    UNREADABLE_FILE("tệp không đọc được", "unreadable file"),
    ZIP_BOMB("tệp nén bất thường", "suspicious compression"),
    UNSAFE_XML("XML không an toàn", "unsafe XML"),
    ENCODING("mã hóa ký tự", "character encoding"),
    NUL_CHARACTER("ký tự NUL không lưu được", "NUL character"),
    SYMBOLIC_LINK("liên kết tượng trưng", "symbolic link"),
    MACRO("bảng tính có macro", "macro-enabled workbook"),
    TOO_MANY_CELLS("quá nhiều ô hoặc dòng", "too many cells or lines"),
    STRUCTURE("cấu trúc tệp", "file structure"),
    TEMPLATE_VERSION("phiên bản biểu mẫu", "template version"),
    CATALOGUE_CHANGED("danh mục chỉ tiêu", "indicator catalogue"),
    UNKNOWN_ORGANISATION("tổ chức không có trong danh mục", "organisation not in the registry"),
    ORGANISATION_CLOSED("tổ chức không còn tồn tại", "organisation no longer exists"),
    ORGANISATION_NOT_YET("tổ chức chưa tồn tại", "organisation did not exist yet"),
    NOT_A_REPORTER("không phải đơn vị báo cáo", "not a reporting organisation"),
    MIXED_ORGANISATION("nhiều tổ chức hoặc kỳ trong một tệp", "several organisations or periods in one file"),
    UNKNOWN_PERIOD("kỳ báo cáo", "reporting period"),
    PERIOD_NOT_STARTED("kỳ báo cáo chưa bắt đầu", "period not started"),
    PERIOD_LOCKED("kỳ báo cáo đã khóa sổ", "period locked"),
    PERIOD_LOCK_OVERRIDDEN("nhận sau khóa sổ theo lệnh của cán bộ vận hành", "accepted after lock by operator override"),
    LATE("nộp muộn", "late"),
    UNKNOWN_INDICATOR("chỉ tiêu không có trong danh mục", "unknown indicator"),
    DERIVED_INDICATOR("chỉ tiêu tự tính", "derived indicator"),
    INDICATOR_NOT_FOR_KIND("chỉ tiêu không áp dụng cho loại tổ chức", "indicator not for this kind of organisation"),
    DUPLICATE_INDICATOR("chỉ tiêu lặp lại", "indicator repeated"),
    NOT_A_NUMBER("không phải số", "not a number"),
    AMBIGUOUS_NUMBER("số có thể hiểu hai cách", "ambiguous number"),
    DECIMAL_POINT("dấu chấm thập phân", "decimal point"),
    NOT_WHOLE("không phải số nguyên", "not a whole number"),
    NEGATIVE("số âm", "negative number"),
    OUT_OF_RANGE("ngoài khoảng cho phép", "out of range"),
    NOT_YES_NO("không phải có/không", "not yes/no"),
    DATE_IN_NUMBER("ngày tháng trong ô số", "date in a number cell"),
    FORMULA("công thức", "formula"),
    VALUE_AND_NOT_APPLICABLE("vừa có giá trị vừa ghi không áp dụng", "both a value and not applicable"),
    REQUIRED("chỉ tiêu bắt buộc", "required indicator"),
    AT_MOST("vượt quá chỉ tiêu tổng", "exceeds its total"),
    IMPLAUSIBLE_RATIO("tỷ lệ bất thường giữa hai chỉ tiêu", "implausible ratio of two indicators"),
    OUTLIER("khác thường so với các năm trước", "unusual against earlier years"),
    TEXT_TOO_LONG("văn bản quá dài", "text too long"),
    NARRATIVE_SECTION("phần tường thuật", "narrative section"),
    ACTIVITY("dòng hoạt động", "activity row"),
    DUPLICATE_FILE("tệp trùng", "duplicate file"),
    // The portal's and the API's own refusals: decided before anything is stored, so never in validation_issue.
    ORGANISATION_FORBIDDEN("không được nộp cho tổ chức này", "organisation not allowed for this user"),
    OTHER_TARGET("tệp của tổ chức hoặc kỳ khác", "file for another organisation or period"),
    MULTI_ORGANISATION_UPLOAD("tệp nhiều tổ chức", "multi-organisation file");

    private final String vietnamese;
    private final String english;

    Rule(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public String code() {
        return name().toLowerCase();
    }

    public String vietnamese() {
        return vietnamese;
    }

    public String english() {
        return english;
    }
}
