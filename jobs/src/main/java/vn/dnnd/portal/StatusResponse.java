package vn.dnnd.portal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import vn.dnnd.reports.status.BoardCounts;
import vn.dnnd.reports.status.BoardRow;
import vn.dnnd.reports.status.BoardState;
import vn.dnnd.reports.status.StatusBoard;

/**
 * The API's status of a period (snake_case by the portal's Jackson setting). States and kinds are the
 * lower-case codes a program can compare (on_time, late, not_yet_due, overdue; province, ministry, ...;
 * review states awaiting, accepted, returned); what was not received is null, never 0.
 */
record StatusResponse(Period period, OffsetDateTime generatedAt, Filter filter, BoardCounts counts,
                      List<Reporter> reporters) {

    static StatusResponse of(StatusBoard board) {
        return new StatusResponse(
                new Period(board.periodCode(), board.periodName().vi(), board.periodName().en(), board.dueOn(), board.locksOn()),
                board.generatedAt(),
                new Filter(board.region() == null ? null : board.region().code(), board.kind() == null ? null : board.kind().code()),
                board.counts(), board.rows().stream().map(Reporter::of).toList());
    }

    record Period(String code, String nameVi, String nameEn, LocalDate dueOn, LocalDate locksOn) {
    }

    /** The filters applied; null for "all". */
    record Filter(String region, String kind) {
    }

    /**
     * One expected reporter. {@code onTime} is null when nothing was received; {@code version}, {@code receivedAt}
     * and {@code channel} likewise: they speak of the version that counts. {@code reviewState} is where the report
     * stands with the reviewers: awaiting (a version awaits review, {@code awaitingVersion}; it does not count until
     * accepted), returned (the latest version was returned for correction and nothing newer came:
     * {@code returnedVersion}, {@code returnedReason}), accepted (the version that counts is the latest), or null
     * when nothing was received.
     */
    record Reporter(String code, String nameVi, String nameEn, String kind, String regionCode, String regionNameVi,
                    String regionNameEn, String state, boolean submitted, Boolean onTime, Integer version,
                    OffsetDateTime receivedAt, String channel, int rejectedAttempts, String reviewState,
                    Integer awaitingVersion, Integer returnedVersion, String returnedReason) {

        static Reporter of(BoardRow row) {
            return new Reporter(row.code(), row.nameVi(), row.nameEn(), row.kind().code(),
                    row.region() == null ? null : row.region().code(), row.region() == null ? null : row.region().name().vi(),
                    row.region() == null ? null : row.region().name().en(), row.state().name().toLowerCase(Locale.ROOT),
                    row.state().submitted(), row.state().submitted() ? row.state() == BoardState.ON_TIME : null,
                    row.version(), row.receivedAt(), row.channel(), row.rejectedAttempts(),
                    row.review() == null ? null : row.review().name().toLowerCase(Locale.ROOT), row.awaitingVersion(),
                    row.returnedVersion(), row.returnedReason());
        }
    }
}
