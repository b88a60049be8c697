package vn.dnnd.submission.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import vn.dnnd.reports.text.VietnamTime;
import vn.dnnd.system.DnndException;

/**
 * The exception to a period's lock: an administrator opens one organisation's period again until a given day,
 * saying why; reviewers may then decide its versions. Each opening is kept (who, why, when), never edited.
 */
@Service
public class PeriodUnlocks {

    /** One opening of an organisation's locked period. */
    public record Unlock(long unlockId, String orgCode, String periodCode, LocalDate openUntil, String reason,
                         String unlockedBy, OffsetDateTime unlockedAt) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    public PeriodUnlocks(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Unlock unlock(String orgCode, String periodCode, LocalDate openUntil, String reason, String actor,
                         OffsetDateTime at) {
        String why = ReviewService.reason(ReviewDecision.REOPEN, reason);
        LocalDate today = at.atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
        if (openUntil.isBefore(today)) {
            throw new DnndException("Ngày mở đến (" + openUntil + ") đã qua", "the open-until day " + openUntil
                    + " has passed");
        }
        MapSqlParameterSource params = new MapSqlParameterSource("org", orgCode).addValue("period", periodCode)
                .addValue("until", openUntil).addValue("reason", why).addValue("actor", actor).addValue("at", at);
        List<Long> ids = jdbc.queryForList("""
                insert into period_unlock (org_id, period_code, open_until, reason, unlocked_by, unlocked_at)
                select o.org_id, p.code, :until, :reason, :actor, :at
                from organisation o, reporting_period p where o.code = :org and p.code = :period
                order by (o.valid_from <= p.ends_on and (o.valid_to is null or o.valid_to >= p.starts_on)) desc,
                         o.valid_from desc limit 1
                returning unlock_id""", params, Long.class);
        if (ids.isEmpty()) {
            throw new DnndException("Không có đơn vị " + orgCode + " hoặc kỳ " + periodCode,
                    "no organisation " + orgCode + " or period " + periodCode);
        }
        return new Unlock(ids.get(0), orgCode, periodCode, openUntil, why, actor, at);
    }

    /** Whether the period's lock date has passed on the day of {@code at} (Vietnam's calendar). */
    public boolean locked(String periodCode, OffsetDateTime at) {
        LocalDate day = at.atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
        return jdbc.queryForList("select locks_on from reporting_period where code = :code",
                new MapSqlParameterSource("code", periodCode), LocalDate.class).stream().anyMatch(day::isAfter);
    }

    public List<Unlock> list(String periodCode) {
        return jdbc.query("""
                select u.unlock_id, o.code, u.period_code, u.open_until, u.reason, u.unlocked_by, u.unlocked_at
                from period_unlock u join organisation o on o.org_id = u.org_id
                where u.period_code = :period order by u.unlock_id desc""", new MapSqlParameterSource("period", periodCode),
                (rs, n) -> new Unlock(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                        rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class)));
    }
}
