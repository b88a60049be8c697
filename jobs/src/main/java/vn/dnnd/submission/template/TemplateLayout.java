package vn.dnnd.submission.template;

import java.util.List;

/**
 * Where things are in the submission template. The generator writes by it and the xlsx reader reads
 * by it; a returned file names its version in the hidden metadata sheet, so the layout can change in
 * a later version without misreading old files.
 */
public final class TemplateLayout {

    public static final String VERSION = "DNND-TEMPLATE-1";

    public static final String INSTRUCTIONS_SHEET = "Hướng dẫn";
    public static final String INDICATORS_SHEET = "Chỉ tiêu";
    public static final String NARRATIVE_SHEET = "Tường thuật";
    public static final String ACTIVITIES_SHEET = "Hoạt động";
    public static final String META_SHEET = "_meta";

    /** Indicators sheet: 0-based row of "prepared by", the header row, the first data row. */
    public static final int PREPARED_BY_ROW = 2;
    public static final int PREPARED_BY_COLUMN = 4;
    public static final int INDICATOR_HEADER_ROW = 4;
    public static final int INDICATOR_FIRST_ROW = 5;
    public static final int COL_NO = 0;
    public static final int COL_CODE = 1;
    public static final int COL_NAME = 2;
    public static final int COL_UNIT = 3;
    public static final int COL_VALUE = 4;
    public static final int COL_NOT_APPLICABLE = 5;
    public static final int COL_NOTE = 6;
    public static final int COL_REQUIRED = 7;
    public static final int COL_TYPE = 8;
    public static final int COL_DEFINITION = 9;

    /** Narrative sheet: task number, task name, section label, section code, text. */
    public static final int NARRATIVE_HEADER_ROW = 3;
    public static final int NARRATIVE_FIRST_ROW = 4;
    public static final int NARR_TASK = 0;
    public static final int NARR_TASK_NAME = 1;
    public static final int NARR_SECTION_LABEL = 2;
    public static final int NARR_SECTION = 3;
    public static final int NARR_TEXT = 4;

    /** Activities sheet: a header row and this many empty, unlocked rows to fill. */
    public static final int ACTIVITY_HEADER_ROW = 3;
    public static final int ACTIVITY_FIRST_ROW = 4;
    public static final int ACTIVITY_ROWS = 300;
    public static final List<String> ACTIVITY_HEADERS = List.of(
            "Nhiệm vụ (task 1–8)", "Ngày (date)", "Loại hoạt động (kind)", "Quốc gia đối tác (partner country)",
            "Tổ chức đối tác (partner organisation)", "Số người tham gia (participants)", "Kinh phí, đồng (amount, VND)",
            "Mô tả (description)");

    /** Metadata keys, column A of the hidden sheet; values in column B. */
    public static final String META_VERSION = "template_version";
    public static final String META_ORGANISATION = "organisation";
    public static final String META_ORGANISATION_NAME = "organisation_name";
    public static final String META_KIND = "kind";
    public static final String META_PERIOD = "period";
    public static final String META_CHECKSUM = "catalogue_checksum";
    public static final String META_GENERATED_AT = "generated_at";

    /** What a clerk writes in the "not applicable" column (any non-blank mark counts). */
    public static final String NOT_APPLICABLE = "Không áp dụng";
    public static final String YES = "Có";
    public static final String NO = "Không";

    private TemplateLayout() {
    }
}
