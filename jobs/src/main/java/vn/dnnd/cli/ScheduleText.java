package vn.dnnd.cli;

import java.time.format.DateTimeFormatter;
import vn.dnnd.schedule.UpcomingFires;

/** How fire times are written on the console: Vietnamese date order, zone offset, and the period. */
final class ScheduleText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm xxx");

    private ScheduleText() {
    }

    static String fire(UpcomingFires.Fire fire) {
        return WHEN.format(fire.at()) + (fire.periodCode() == null ? "" : " (kỳ/period " + fire.periodCode() + ")");
    }
}
