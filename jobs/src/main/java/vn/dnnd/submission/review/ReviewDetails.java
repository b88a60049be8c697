package vn.dnnd.submission.review;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * A version as a reviewer examines it ({@link VersionDetail}): its figures beside those that count now and the
 * previous year's (the organisation's accepted version of the annual period before, by organisation code), its
 * intake warnings and its decisions.
 */
@Service
public class ReviewDetails {

    private final ReviewStore store;
    private final NamedParameterJdbcTemplate jdbc;

    public ReviewDetails(ReviewStore store, NamedParameterJdbcTemplate jdbc) {
        this.store = store;
        this.jdbc = jdbc;
    }

    public Optional<VersionDetail> of(long submissionId) {
        return store.version(submissionId).map(this::detail);
    }

    private VersionDetail detail(ReviewVersion version) {
        MapSqlParameterSource params = new MapSqlParameterSource("id", version.submissionId())
                .addValue("org", version.orgCode()).addValue("period", version.periodCode());
        Counted counted = jdbc.query("""
                select s.submission_id, s.version from submission s join organisation o on o.org_id = s.org_id
                where o.code = :org and s.period_code = :period and s.status = 'accepted'""", params,
                (rs, n) -> new Counted(null, rs.getLong(1), rs.getInt(2))).stream().findFirst().orElse(Counted.NONE);
        Counted previous = jdbc.query("""
                select p.code, s.submission_id, s.version
                from reporting_period t
                join reporting_period p on p.kind = 'annual' and p.ends_on < t.starts_on
                left join lateral (select s.submission_id, s.version from submission s
                                   join organisation o on o.org_id = s.org_id
                                   where o.code = :org and s.period_code = p.code and s.status = 'accepted') s on true
                where t.code = :period order by p.ends_on desc limit 1""", params,
                (rs, n) -> new Counted(rs.getString(1), rs.getObject(2, Long.class), rs.getObject(3, Integer.class)))
                .stream().findFirst().orElse(Counted.NONE);
        params.addValue("counted", counted.submissionId()).addValue("previous", previous.submissionId());
        List<VersionFigure> figures = jdbc.query("""
                select i.code, i.task_no, i.name_vi, i.name_en, i.unit_vi, i.unit_en,
                       t.numeric_value, t.boolean_value, coalesce(t.not_applicable, false),
                       c.numeric_value, c.boolean_value, coalesce(c.not_applicable, false),
                       p.numeric_value, p.boolean_value, coalesce(p.not_applicable, false)
                from indicator i
                left join submission_value t on t.submission_id = :id and t.indicator_code = i.code
                left join submission_value c on c.submission_id = cast(:counted as bigint) and c.indicator_code = i.code
                left join submission_value p on p.submission_id = cast(:previous as bigint) and p.indicator_code = i.code
                where t.indicator_code is not null or c.indicator_code is not null or p.indicator_code is not null
                order by i.task_no, i.sort_order, i.code""", params, (rs, n) -> new VersionFigure(rs.getString(1),
                rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), value(rs, 7),
                value(rs, 10), value(rs, 13)));
        List<VersionDetail.Warning> warnings = jdbc.query("""
                select v.sheet, v.cell_ref, v.indicator_code, v.rule, v.message_vi, v.message_en
                from validation_issue v where v.submission_id = :id and v.severity = 'warning'
                order by v.issue_id""", params, (rs, n) -> new VersionDetail.Warning(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
        List<VersionDetail.DecisionLine> decisions = jdbc.query("""
                select decision, from_status, to_status, reason, decided_by, decided_at from review_decision
                where submission_id = :id order by decision_id""", params, (rs, n) -> new VersionDetail.DecisionLine(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getObject(6, java.time.OffsetDateTime.class)));
        return new VersionDetail(version, counted.version(), previous.periodCode(), previous.version(), figures,
                warnings, decisions);
    }

    private static VersionFigure.Value value(ResultSet rs, int column) throws SQLException {
        BigDecimal number = rs.getBigDecimal(column);
        Boolean yes = rs.getObject(column + 1, Boolean.class);
        return new VersionFigure.Value(number, yes, rs.getBoolean(column + 2));
    }

    private record Counted(String periodCode, Long submissionId, Integer version) {
        static final Counted NONE = new Counted(null, null, null);
    }
}
