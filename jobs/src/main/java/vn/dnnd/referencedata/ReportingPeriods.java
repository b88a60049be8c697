package vn.dnnd.referencedata;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads reporting periods, afresh at every call (a schedule's fire, a status board), so an edited due
 * date applies at once.
 */
@Repository
public class ReportingPeriods {

    private static final String SELECT = """
            select code, kind, starts_on, ends_on, due_on, locks_on, name_vi, name_en from reporting_period
            """;

    private final JdbcTemplate jdbc;

    public ReportingPeriods(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every period, the latest first (the review after the years it covers), for choosing one. */
    public List<ReportingPeriod> all() {
        return jdbc.query(SELECT + " order by ends_on desc, kind", (rs, i) -> map(rs));
    }

    public List<ReportingPeriod> ofKind(String kind) {
        return jdbc.query(SELECT + " where kind = ? order by due_on", (rs, i) -> map(rs), kind);
    }

    public Optional<ReportingPeriod> find(String code) {
        return jdbc.query(SELECT + " where code = ?", (rs, i) -> map(rs), code).stream().findFirst();
    }

    /** The annual period whose due date is the first on or after the day given. */
    public Optional<ReportingPeriod> nextDue(LocalDate day) {
        return jdbc.query(SELECT + " where kind = 'annual' and due_on >= ? order by due_on limit 1",
                (rs, i) -> map(rs), day).stream().findFirst();
    }

    private static ReportingPeriod map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ReportingPeriod(rs.getString("code"), rs.getString("kind"),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class), rs.getObject("locks_on", LocalDate.class),
                rs.getString("name_vi"), rs.getString("name_en"));
    }
}
