package vn.dnnd.report;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import vn.dnnd.system.DnndException;
import vn.dnnd.system.NamedQueries;

/** The recorded editions of the reports: listing them, and what changed between the last two of a period. */
@Service
public class ReportArchive {

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedQueries queries;

    public ReportArchive(NamedParameterJdbcTemplate jdbc, NamedQueries queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    /** Every edition, or those of one period, oldest first. */
    public List<Edition> editions(String period) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("period", period);
        List<Edition> editions = jdbc.query(queries.get("report", "list-editions"), parameters,
                (rs, n) -> new Edition(rs.getString(1), rs.getInt(2),
                rs.getObject(3, OffsetDateTime.class), rs.getLong(4), split(rs.getString(5)), split(rs.getString(6)),
                Path.of(rs.getString(7)), List.of()));
        return editions.stream().map(this::withFiles).toList();
    }

    public Edition edition(String period, int number) {
        return editions(period).stream().filter(e -> e.number() == number).findFirst()
                .orElseThrow(() -> new DnndException("Không có lần xuất bản " + number + " của kỳ " + period,
                        "no edition " + number + " of period " + period));
    }

    /** The periods that have editions, newest first. */
    public List<EditionPeriod> periods() {
        return jdbc.query(queries.get("report", "list-edition-periods"), (rs, n) -> new EditionPeriod(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getObject(6, OffsetDateTime.class)));
    }

    /** The changes from the period's second-to-last edition to its last, or empty when it has fewer than two. */
    public Optional<EditionDiff> lastTwoCompared(String period) {
        List<Edition> editions = editions(period);
        if (editions.size() < 2) {
            return Optional.empty();
        }
        Edition older = editions.get(editions.size() - 2);
        Edition newer = editions.get(editions.size() - 1);
        MapSqlParameterSource parameters = new MapSqlParameterSource("period", period)
                .addValue("older", older.number()).addValue("newer", newer.number());
        List<EditionDiff.FigureChange> figures = jdbc.query(queries.get("report", "diff-edition-figures"), parameters,
                (rs, n) -> new EditionDiff.FigureChange(
                rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en"), rs.getString("value_type"),
                rs.getString("aggregation"), rs.getString("scope_kind"),
                rs.getString("scope_code"), rs.getBigDecimal("old_value"), rs.getBigDecimal("new_value")));
        List<EditionDiff.SubmissionChange> submissions = jdbc.query(queries.get("report", "diff-edition-submissions"),
                parameters, (rs, n) -> new EditionDiff.SubmissionChange(rs.getString("change"),
                rs.getString("code"), rs.getString("name"), rs.getObject("old_version", Integer.class),
                rs.getObject("new_version", Integer.class)));
        return Optional.of(new EditionDiff(period, older, newer, figures, submissions, reviewNow(period)));
    }

    /** Where the period's review stands now: versions awaiting review, organisations with a version returned. */
    private EditionDiff.ReviewNow reviewNow(String period) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("period", period);
        Integer awaiting = jdbc.queryForObject(queries.get("report", "diff-edition-awaiting-review"), parameters,
                Integer.class);
        List<EditionDiff.Returned> returned = jdbc.query(queries.get("report", "diff-edition-returned"), parameters,
                (rs, n) -> new EditionDiff.Returned(rs.getString("code"), rs.getString("name_vi"), rs.getInt("version"),
                        rs.getString("reason")));
        return new EditionDiff.ReviewNow(awaiting == null ? 0 : awaiting, returned);
    }

    private Edition withFiles(Edition edition) {
        return edition.withFiles(jdbc.query(queries.get("report", "list-edition-files"),
                new MapSqlParameterSource("period", edition.period()).addValue("edition", edition.number()),
                (rs, n) -> artifact(rs)));
    }

    /** A row of report_artifact, in the column order of list-edition-files and find-artifact. */
    static Edition.Artifact artifact(ResultSet rs) throws SQLException {
        return new Edition.Artifact(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                Path.of(rs.getString(5)), rs.getLong(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class));
    }

    private static List<String> split(String list) {
        return Arrays.stream(list.split(",")).filter(s -> !s.isBlank()).toList();
    }
}
