package vn.dnnd.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.dnnd.reports.model.AnalystWorkbook;
import vn.dnnd.reports.model.Bilingual;
import vn.dnnd.reports.model.CompletenessRow;
import vn.dnnd.reports.model.DataQualityIssue;
import vn.dnnd.reports.model.IssueSeverity;
import vn.dnnd.reports.model.Scope;
import vn.dnnd.reports.model.ScopeKind;
import vn.dnnd.reports.model.TaskScoreRow;
import vn.dnnd.system.Rule;
import vn.dnnd.system.NamedQueries;

/**
 * Builds the analyst workbook of a period: the indicator rows and task scores of every scope, completeness, the
 * reporters' statuses, the data-quality issues of the period's files, the narratives and, as a stream
 * read while the workbook is written, the raw submitted values. Build and write it inside one
 * {@link ReportSnapshot}.
 */
@Component
public class WorkbookAssembler {

    private final PublishedFigures figures;
    private final NarrativeReader narratives;
    private final RawValueReader rawValues;
    private final NamedParameterJdbcTemplate jdbc;
    private final NamedQueries queries;

    public WorkbookAssembler(PublishedFigures figures, NarrativeReader narratives, RawValueReader rawValues,
            NamedParameterJdbcTemplate jdbc, NamedQueries queries) {
        this.figures = figures;
        this.narratives = narratives;
        this.rawValues = rawValues;
        this.jdbc = jdbc;
        this.queries = queries;
    }

    public AnalystWorkbook workbook(ReportBasis basis) {
        Map<String, Scope> country = Map.of(Scope.NATIONAL_CODE, Scope.national());
        List<CompletenessRow> completeness = new ArrayList<>(figures.completeness(basis, ScopeKind.NATIONAL, country));
        completeness.addAll(figures.completeness(basis, ScopeKind.REGION, basis.regions()));
        completeness.addAll(figures.completeness(basis, ScopeKind.ORG_KIND, basis.kinds()));
        List<TaskScoreRow> scores = new ArrayList<>(figures.scoreRows(basis, ScopeKind.NATIONAL, country));
        scores.addAll(figures.scoreRows(basis, ScopeKind.REGION, basis.regions()));
        scores.addAll(figures.scoreRows(basis, ScopeKind.ORG_KIND, basis.kinds()));
        scores.addAll(figures.scoreRows(basis, ScopeKind.ORGANISATION, basis.organisations()));
        return new AnalystWorkbook(basis.meta(),
                figures.rows(basis, ScopeKind.NATIONAL, country),
                figures.rows(basis, ScopeKind.REGION, basis.regions()),
                figures.rows(basis, ScopeKind.ORG_KIND, basis.kinds()),
                figures.rows(basis, ScopeKind.ORGANISATION, basis.organisations()),
                basis.tasks(), scores, completeness, basis.statuses(), issues(basis), narratives.read(basis),
                rawValues.stream(basis));
    }

    /** Every validation problem found in the files sent for the period, accepted or rejected, oldest file first. */
    private List<DataQualityIssue> issues(ReportBasis basis) {
        return jdbc.query(queries.get("report", "list-data-quality-issues"),
                new MapSqlParameterSource("period", basis.periodCode()),
                (rs, n) -> new DataQualityIssue(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, Integer.class), rs.getString(6), rs.getString(7), ruleName(rs.getString(7)),
                        IssueSeverity.valueOf(rs.getString(8).toUpperCase(Locale.ROOT)), rs.getString(9),
                        rs.getString(10)));
    }

    /** A stored rule code by the rule's name in both languages; a code no rule has any more keeps its code. */
    private static Bilingual ruleName(String code) {
        return Arrays.stream(Rule.values()).filter(rule -> rule.code().equals(code)).findFirst()
                .map(rule -> Bilingual.of(rule.vietnamese(), rule.english()))
                .orElseGet(() -> Bilingual.same(code));
    }
}
