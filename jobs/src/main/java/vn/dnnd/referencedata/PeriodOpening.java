package vn.dnnd.referencedata;

import java.time.LocalDate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import vn.dnnd.reports.text.VietnameseFormat;
import vn.dnnd.system.DnndException;

/**
 * Opens a new annual reporting period (the year, its due and lock dates) without editing periods.csv: the row is
 * written to {@code reporting_period} as reference load would write it, and is kept by later loads (they upsert
 * by code and never delete); a row of the same code in periods.csv replaces its dates at the next load.
 */
@Service
public class PeriodOpening {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final JdbcTemplate jdbc;
    private final ReportingPeriods periods;

    public PeriodOpening(JdbcTemplate jdbc, ReportingPeriods periods) {
        this.jdbc = jdbc;
        this.periods = periods;
    }

    /** The usual dates of a year's period: due 15 December, locked 31 January of the next year. */
    public static LocalDate usualDue(int year) {
        return LocalDate.of(year, 12, 15);
    }

    public static LocalDate usualLock(int year) {
        return LocalDate.of(year + 1, 1, 31);
    }

    public ReportingPeriod openAnnual(int year, LocalDate dueOn, LocalDate locksOn) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new DnndException("Năm " + year + " nằm ngoài " + FIRST_YEAR + "-" + LAST_YEAR,
                    "year " + year + " is outside " + FIRST_YEAR + "-" + LAST_YEAR);
        }
        LocalDate starts = LocalDate.of(year, 1, 1);
        if (dueOn.isBefore(starts)) {
            throw new DnndException("Hạn nộp " + VietnameseFormat.date(dueOn) + " trước khi kỳ bắt đầu ("
                    + VietnameseFormat.date(starts) + ")", "the due date " + dueOn + " is before the period starts (" + starts + ")");
        }
        if (locksOn.isBefore(dueOn)) {
            throw new DnndException("Ngày khóa sổ " + VietnameseFormat.date(locksOn) + " trước hạn nộp "
                    + VietnameseFormat.date(dueOn), "the lock date " + locksOn + " is before the due date " + dueOn);
        }
        ReportingPeriod period = new ReportingPeriod(String.valueOf(year), "annual", starts, LocalDate.of(year, 12, 31),
                dueOn, locksOn, "Báo cáo năm " + year, "Annual report " + year);
        if (periods.find(period.code()).isPresent()) {
            throw exists(period.code(), null);
        }
        try {
            jdbc.update("""
                    insert into reporting_period (code, kind, starts_on, ends_on, due_on, locks_on, name_vi, name_en)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""", period.code(), period.kind(), period.startsOn(), period.endsOn(),
                    period.dueOn(), period.locksOn(), period.nameVi(), period.nameEn());
        } catch (DuplicateKeyException openedMeanwhile) {
            throw exists(period.code(), openedMeanwhile);
        }
        return period;
    }

    private static DnndException exists(String code, Throwable cause) {
        return new DnndException("Kỳ báo cáo " + code + " đã có", "period " + code + " already exists", cause);
    }
}
