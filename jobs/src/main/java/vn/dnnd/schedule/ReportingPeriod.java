package vn.dnnd.schedule;

import java.time.LocalDate;

/** A row of {@code reporting_period}: the dates schedules and reminders are computed from. */
public record ReportingPeriod(String code, String kind, LocalDate startsOn, LocalDate endsOn, LocalDate dueOn,
                              LocalDate locksOn, String nameVi, String nameEn) {
}
