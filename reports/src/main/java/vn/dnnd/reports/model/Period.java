package vn.dnnd.reports.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A reporting period (table reporting_period).
 *
 * @param code     "2025", or "2022-2026" for the five-year review
 * @param name     "Báo cáo năm 2025" / "Annual report 2025"
 * @param label    the short label used in column headers: "Năm 2025" / "2025"
 */
public record Period(String code, Bilingual name, Bilingual label, LocalDate startsOn, LocalDate endsOn) {

    public Period {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
    }
}
