package vn.dnnd.referencedata;

import java.time.LocalDate;
import java.util.Set;

/** A line of periods.csv: an annual reporting year or the five-year review, with its deadlines. */
record PeriodRow(int lineNo, String code, String kind, LocalDate startsOn, LocalDate endsOn, LocalDate dueOn,
                 LocalDate locksOn, String nameVi, String nameEn) {

    static PeriodRow parse(CsvFields f) {
        String code = f.text("code");
        if (!code.matches("[0-9]{4}(-[0-9]{4})?")) {
            f.problem("mã kỳ phải là năm (2025) hoặc khoảng năm (2022-2026), không phải '" + code + "'",
                    "period code must be a year (2025) or a span (2022-2026), not '" + code + "'");
        }
        LocalDate starts = f.date("starts_on");
        LocalDate ends = f.date("ends_on");
        LocalDate due = f.date("due_on");
        LocalDate locks = f.date("locks_on");
        f.validity(starts, ends, "starts_on", "ends_on");
        if (locks.isBefore(due)) {
            f.problem("ngày khóa sổ (" + locks + ") không được trước hạn nộp (" + due + ")",
                    "lock date (" + locks + ") must not be before the due date (" + due + ")");
        }
        return new PeriodRow(f.lineNo(), code, f.oneOf("kind", Set.of("annual", "review5y")), starts, ends, due,
                locks, f.text("name_vi"), f.text("name_en"));
    }
}
