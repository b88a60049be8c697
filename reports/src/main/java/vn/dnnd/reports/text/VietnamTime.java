package vn.dnnd.reports.text;

import java.time.ZoneId;

/**
 * Vietnam's time zone, the one zone of the whole system: reports print times in it whatever the
 * server's zone, due dates, lock dates and "late" are judged on the Hanoi calendar, and a receipt time
 * written without an offset is read in it. It lives in this library because the application depends on
 * the library and never the other way round.
 */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamTime() {
    }
}
