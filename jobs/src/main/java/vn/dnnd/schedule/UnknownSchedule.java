package vn.dnnd.schedule;

import vn.dnnd.system.DnndException;

/** A schedule name the configuration does not have. */
public class UnknownSchedule extends DnndException {

    public UnknownSchedule(String name) {
        super("Không có lịch \"" + shown(name) + "\" trong cấu hình", "no schedule named \"" + shown(name) + "\"");
    }

    /** A name typed into an address can be anything: a line's worth is enough to recognise it. */
    private static String shown(String name) {
        return name.length() <= 60 ? name : name.substring(0, 60) + "…";
    }
}
