package vn.dnnd.submission.upload;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A period an organisation reports for, as the submitter's page lists it: its dates, whether it receives reports
 * today ({@code open}: from its start to its lock date), and the organisation's current version, if any.
 */
public record OpenPeriod(String code, String nameVi, String nameEn, LocalDate startsOn, LocalDate endsOn,
                         LocalDate dueOn, LocalDate locksOn, boolean open, Integer currentVersion,
                         Boolean currentOnTime, OffsetDateTime currentReceivedAt) {

    /** Received after the due date but before the lock: accepted and marked late. */
    public boolean lateFrom(LocalDate today) {
        return open && today.isAfter(dueOn);
    }
}
