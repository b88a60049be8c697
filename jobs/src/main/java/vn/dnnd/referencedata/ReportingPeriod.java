package vn.dnnd.referencedata;

import java.time.LocalDate;

/**
 * A row of {@code reporting_period}: an annual reporting year or the five-year review, with its
 * deadlines, due (late after it) and lock (rejected after it). The intake checks submissions against
 * it; schedules and reminders compute their dates from it.
 */
public record ReportingPeriod(String code, String kind, LocalDate startsOn, LocalDate endsOn, LocalDate dueOn,
                              LocalDate locksOn, String nameVi, String nameEn) {
}
