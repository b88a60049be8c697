package vn.dnnd.submission.validation;

import java.util.List;
import vn.dnnd.submission.parse.CellInput;
import vn.dnnd.submission.parse.ParsedSubmission;
import vn.dnnd.submission.parse.RawActivity;
import vn.dnnd.submission.parse.RawNarrative;
import vn.dnnd.submission.parse.RawValue;
import vn.dnnd.submission.parse.Texts;
import vn.dnnd.system.Rule;

/**
 * PostgreSQL text cannot hold the NUL character (U+0000): stored as it is, it would fail the whole
 * chunk of files it was written with. A file (or one part of a multi-organisation file) carrying one
 * anywhere in what it submits is rejected on its own, each place named. It reaches a text by a stray
 * byte in a CSV, a "\u0000" escape in JSON or an "_x0000_" in a sheet, usually from a faulty export.
 */
final class NulCharacters {

    /** A file full of them (a UTF-16 export, say) is named at its first few places only. */
    private static final int MAX_REPORTED = 10;

    private final Issues issues;
    private int reported;

    private NulCharacters(Issues issues) {
        this.issues = issues;
    }

    /** True when none was found. */
    static boolean check(ParsedSubmission parsed, Issues issues) {
        NulCharacters check = new NulCharacters(issues);
        check.text(parsed.orgCode(), parsed.orgLocation(), "mã tổ chức", "the organisation code");
        check.text(parsed.periodCode(), parsed.periodLocation(), "kỳ báo cáo", "the period");
        check.text(parsed.submittedBy(), Location.FILE, "người gửi (submitted_by)", "submitted_by");
        check.text(parsed.templateVersion(), Location.FILE, "phiên bản biểu mẫu", "the template version");
        check.text(parsed.catalogueChecksum(), Location.FILE, "mã danh mục", "the catalogue checksum");
        for (RawValue value : parsed.values()) {
            check.text(value.indicatorCode(), value.location(), "mã chỉ tiêu", "the indicator code");
            check.input(value.value(), value.location());
            check.text(value.note(), value.location(), "ghi chú", "the note");
        }
        for (RawNarrative narrative : parsed.narratives()) {
            check.text(narrative.task(), narrative.location(), "nhiệm vụ", "the task");
            check.text(narrative.section(), narrative.location(), "phần", "the section");
            check.text(narrative.text(), narrative.location(), "phần tường thuật", "the narrative");
        }
        for (RawActivity activity : parsed.activities()) {
            for (RawActivity.Field field : List.of(activity.task(), activity.date(), activity.kind(),
                    activity.partnerCountry(), activity.partnerOrg(), activity.participants(), activity.amount(),
                    activity.description())) {
                check.input(field.value(), field.location());
            }
        }
        return check.reported == 0;
    }

    private void input(CellInput input, Location where) {
        if (input instanceof CellInput.Formula formula) {
            text(formula.formula(), where, "công thức", "the formula");
            input(formula.cached(), where);
        } else if (input instanceof CellInput.Text text) {
            text(text.text(), where, "giá trị", "the value");
        }
    }

    private void text(String text, Location where, String whatVi, String whatEn) {
        int at = Texts.indexOfNul(text);
        if (at < 0 || reported++ >= MAX_REPORTED) {
            return;
        }
        issues.error(Rule.NUL_CHARACTER, where, whatVi + " chứa ký tự NUL (U+0000) ở ký tự thứ " + (at + 1)
                        + ": ký tự này không lưu được, thường do phần mềm xuất tệp bị lỗi; hãy xóa ký tự đó rồi gửi lại",
                whatEn + " holds a NUL character (U+0000) at character " + (at + 1)
                        + ", which cannot be stored (usually a faulty export); remove it and resubmit");
    }
}
