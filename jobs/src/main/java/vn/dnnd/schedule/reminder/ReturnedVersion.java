package vn.dnnd.schedule.reminder;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A version a reviewer returned, as its mail tells the organisation.
 *
 * @param email          the organisation's contact address; null when it has none
 * @param countedVersion the organisation's version that counts meanwhile; null when none does
 */
record ReturnedVersion(long orgId, String orgCode, String orgNameVi, String orgNameEn, String periodNameVi,
                       String periodNameEn, LocalDate dueOn, LocalDate locksOn, int version, String fileName,
                       OffsetDateTime receivedAt, String reason, String decidedBy, OffsetDateTime decidedAt,
                       Integer countedVersion, String email) {
}
