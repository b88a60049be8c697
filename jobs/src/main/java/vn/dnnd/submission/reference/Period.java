package vn.dnnd.submission.reference;

import java.time.LocalDate;

/** A reporting period with its deadlines: due (late after it) and lock (rejected after it). */
public record Period(String code, String kind, LocalDate startsOn, LocalDate endsOn, LocalDate dueOn, LocalDate locksOn,
                     String nameVi, String nameEn) {
}
