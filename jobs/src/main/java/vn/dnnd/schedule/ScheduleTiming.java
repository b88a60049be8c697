package vn.dnnd.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import vn.dnnd.referencedata.ReportingPeriod;

/** When a schedule fires: a cron expression (optionally only within a period window), or a period date. */
public sealed interface ScheduleTiming {

    /** The Quartz cron expression of the schedule's trigger. */
    String triggerCron();

    /** Whether {period} is available to the schedule's parameters. */
    boolean perPeriod();

    /** A cron expression; with a window it fires only while a period is in that window. */
    record Cron(String cron, PeriodWindow during) implements ScheduleTiming {

        @Override
        public String triggerCron() {
            return cron;
        }

        @Override
        public boolean perPeriod() {
            return during != null;
        }

        @Override
        public String toString() {
            return "cron \"" + cron + "\"" + (during == null ? "" : " trong (during) " + during);
        }
    }

    /**
     * Once per period at a time of day on a period date. The trigger is a daily check at that time; the
     * check launches the periods whose date has come (within the catch-up window).
     */
    record Dated(PeriodDate date, LocalTime time) implements ScheduleTiming {

        @Override
        public String triggerCron() {
            return "0 " + time.getMinute() + " " + time.getHour() + " * * ?";
        }

        @Override
        public boolean perPeriod() {
            return true;
        }

        @Override
        public String toString() {
            return date + " " + time;
        }
    }

    /** Inclusive window of days computed from a period, e.g. {@code due-60d .. locks}. */
    record PeriodWindow(PeriodDate from, PeriodDate to) {

        public boolean contains(ReportingPeriod period, LocalDate day) {
            return !day.isBefore(from.on(period)) && !day.isAfter(to.on(period));
        }

        @Override
        public String toString() {
            return from + " .. " + to;
        }
    }
}
