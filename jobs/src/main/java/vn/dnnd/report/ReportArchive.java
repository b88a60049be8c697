package vn.dnnd.report;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import vn.dnnd.system.DnndException;

/** The recorded editions of the reports: listing them, and what changed between the last two of a period. */
@Service
public class ReportArchive {

    private final NamedParameterJdbcTemplate jdbc;

    public ReportArchive(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every edition, or those of one period, oldest first. */
    public List<Edition> editions(String period) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("period", period);
        List<Edition> editions = jdbc.query("""
                select period_code, edition, created_at, run_id, kinds, languages, directory from report_edition
                where cast(:period as text) is null or period_code = :period
                order by period_code, edition""", parameters, (rs, n) -> new Edition(rs.getString(1), rs.getInt(2),
                rs.getObject(3, OffsetDateTime.class), rs.getLong(4), split(rs.getString(5)), split(rs.getString(6)),
                Path.of(rs.getString(7)), List.of()));
        return editions.stream().map(this::withFiles).toList();
    }

    public Edition edition(String period, int number) {
        return editions(period).stream().filter(e -> e.number() == number).findFirst()
                .orElseThrow(() -> new DnndException("Không có lần xuất bản " + number + " của kỳ " + period,
                        "no edition " + number + " of period " + period));
    }

    /** The changes from the period's second-to-last edition to its last. */
    public EditionDiff diffOfLastTwo(String period) {
        List<Edition> editions = editions(period);
        if (editions.size() < 2) {
            throw new DnndException("Kỳ " + period + " có " + editions.size() + " lần xuất bản; cần ít nhất 2 để so sánh",
                    "period " + period + " has " + editions.size() + " edition(s); at least 2 are needed to compare");
        }
        Edition older = editions.get(editions.size() - 2);
        Edition newer = editions.get(editions.size() - 1);
        MapSqlParameterSource parameters = new MapSqlParameterSource("period", period)
                .addValue("older", older.number()).addValue("newer", newer.number());
        List<EditionDiff.FigureChange> figures = jdbc.query("""
                select coalesce(n.indicator_code, o.indicator_code) as code, i.name_vi, i.name_en, i.value_type, i.aggregation,
                       coalesce(n.scope_kind, o.scope_kind) as scope_kind, coalesce(n.scope_code, o.scope_code) as scope_code,
                       o.value as old_value, n.value as new_value
                from (select * from report_edition_figure where period_code = :period and edition = :older) o
                full join (select * from report_edition_figure where period_code = :period and edition = :newer) n
                  on n.indicator_code = o.indicator_code and n.scope_kind = o.scope_kind and n.scope_code = o.scope_code
                join indicator i on i.code = coalesce(n.indicator_code, o.indicator_code)
                where o.value is distinct from n.value
                order by case coalesce(n.scope_kind, o.scope_kind) when 'national' then 0 else 1 end,
                         scope_code, i.task_no, code""", parameters, (rs, n) -> new EditionDiff.FigureChange(
                rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en"), rs.getString("value_type"),
                rs.getString("aggregation"), rs.getString("scope_kind"),
                rs.getString("scope_code"), rs.getBigDecimal("old_value"), rs.getBigDecimal("new_value")));
        List<EditionDiff.SubmissionChange> submissions = jdbc.query("""
                select case when o.organisation_code is null then 'added'
                            when n.organisation_code is null then 'withdrawn' else 'replaced' end as change,
                       coalesce(n.organisation_code, o.organisation_code) as code,
                       (select name_vi from organisation g join submission s on s.org_id = g.org_id
                        where s.submission_id = coalesce(n.submission_id, o.submission_id)) as name,
                       o.version as old_version, n.version as new_version
                from (select * from report_edition_submission where period_code = :period and edition = :older) o
                full join (select * from report_edition_submission where period_code = :period and edition = :newer) n
                  on n.organisation_code = o.organisation_code
                where o.submission_id is distinct from n.submission_id
                order by change, code""", parameters, (rs, n) -> new EditionDiff.SubmissionChange(rs.getString("change"),
                rs.getString("code"), rs.getString("name"), rs.getObject("old_version", Integer.class),
                rs.getObject("new_version", Integer.class)));
        return new EditionDiff(period, older, newer, figures, submissions);
    }

    private Edition withFiles(Edition edition) {
        List<Edition.Artifact> files = jdbc.query("""
                select kind, language, scope_code, file_path, bytes, sha256 from report_artifact
                where period_code = :period and edition = :edition
                order by case language when 'vi' then 0 else 1 end, artifact_id""",
                new MapSqlParameterSource("period", edition.period()).addValue("edition", edition.number()),
                (rs, n) -> new Edition.Artifact(rs.getString(1), rs.getString(2), rs.getString(3),
                        Path.of(rs.getString(4)), rs.getLong(5), rs.getString(6)));
        return new Edition(edition.period(), edition.number(), edition.createdAt(), edition.runId(), edition.kinds(),
                edition.languages(), edition.directory(), files);
    }

    private static List<String> split(String list) {
        return Arrays.stream(list.split(",")).filter(s -> !s.isBlank()).toList();
    }
}
