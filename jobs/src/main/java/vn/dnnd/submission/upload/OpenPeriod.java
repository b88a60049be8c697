package vn.dnnd.submission.upload;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import vn.dnnd.reports.text.VietnamTime;

/**
 * A period an organisation reports for, as the submitter's page lists it: its dates, whether it receives reports
 * today ({@code open}: from its start to its lock date), the organisation's name then, and the organisation's current version, if any.
 */
public record OpenPeriod(String code, String nameVi, String nameEn, LocalDate startsOn, LocalDate endsOn,
                         LocalDate dueOn, LocalDate locksOn, boolean open, String orgNameVi, String orgNameEn,
                         Integer currentVersion,
                         Boolean currentOnTime, OffsetDateTime currentReceivedAt) {

    /** Received after the due date but before the lock: accepted and marked late. */
    public boolean lateOn(LocalDate today) {
        return open && today.isAfter(dueOn);
    }

    /** When the current version came, in Vietnam time (null without one). */
    public LocalDateTime currentReceivedInVietnam() {
        return currentReceivedAt == null ? null : currentReceivedAt.atZoneSameInstant(VietnamTime.ZONE).toLocalDateTime();
    }
}
