package vn.dnnd.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.dnnd.reports.model.CompletenessRow;
import vn.dnnd.reports.model.FigureRow;
import vn.dnnd.reports.model.NarrativePart;
import vn.dnnd.reports.model.NarrativeRow;
import vn.dnnd.reports.model.OrganisationKind;
import vn.dnnd.reports.model.OrganisationStatus;
import vn.dnnd.reports.model.Overview;
import vn.dnnd.reports.model.Scope;
import vn.dnnd.reports.model.ScopeKind;
import vn.dnnd.reports.model.SummaryReport;
import vn.dnnd.reports.model.Task;
import vn.dnnd.reports.model.TaskExcerpts;
import vn.dnnd.reports.model.TaskFindings;
import vn.dnnd.reports.model.TaskSection;

/**
 * Builds the national annual summary (the country, then each region) and a region's report (the
 * region, then each of its organisations) from the published results of a period; call inside a
 * {@link ReportSnapshot}.
 */
@Component
public class SummaryAssembler {

    private final PublishedFigures figures;
    private final NarrativeReader narrativeReader;
    private final ReportSettings settings;
    private final TaskCharts charts;
    private final ComparisonFigures comparisons;

    public SummaryAssembler(PublishedFigures figures, NarrativeReader narrativeReader, ReportSettings settings,
            TaskCharts charts, ComparisonFigures comparisons) {
        this.figures = figures;
        this.comparisons = comparisons;
        this.narrativeReader = narrativeReader;
        this.settings = settings;
        this.charts = charts;
    }

    public SummaryReport national(ReportBasis basis) {
        List<NarrativeRow> narratives = narrativeReader.read(basis);
        Map<String, Scope> country = Map.of(Scope.NATIONAL_CODE, Scope.national());
        List<FigureRow> own = figures.rows(basis, ScopeKind.NATIONAL, country);
        // the regions, then the central bodies that close the gap to the national figure
        List<FigureRow> below = Stream.concat(figures.rows(basis, ScopeKind.REGION, basis.regions()).stream(),
                comparisons.centralBodies(basis).stream()).toList();
        CompletenessRow total = only(figures.completeness(basis, ScopeKind.NATIONAL, country));
        Overview overview = new Overview(total, figures.completeness(basis, ScopeKind.REGION, basis.regions()),
                figures.completeness(basis, ScopeKind.ORG_KIND, basis.kinds()), keyFigures(own),
                comparisons.restatement(basis, ScopeKind.NATIONAL, Scope.NATIONAL_CODE, total));
        return assemble(basis, Scope.national(), overview, own, below, ScopeKind.REGION, basis.statuses(), narratives);
    }

    /** One report per region of the period's scheme, in the regions' order. */
    public List<SummaryReport> regions(ReportBasis basis) {
        List<NarrativeRow> narratives = narrativeReader.read(basis);
        return basis.regions().values().stream().map(region -> region(basis, narratives, region)).toList();
    }

    /** The report of the region with this code, as {@link #regions} makes it. */
    public SummaryReport region(ReportBasis basis, String regionCode) {
        return region(basis, narrativeReader.read(basis), basis.regionByCode(regionCode));
    }

    private SummaryReport region(ReportBasis basis, List<NarrativeRow> narratives, Scope region) {
        Map<String, Scope> own = Map.of(basis.regionId(region), region);
        List<OrganisationStatus> members = basis.statusesIn(region);
        Map<String, Scope> organisations = new LinkedHashMap<>();
        members.forEach(member -> organisations.put(member.code(), basis.organisations().get(member.code())));
        List<FigureRow> ownRows = figures.rows(basis, ScopeKind.REGION, own);
        CompletenessRow total = only(figures.completeness(basis, ScopeKind.REGION, own));
        Overview overview = new Overview(total, List.of(), List.of(), keyFigures(ownRows),
                comparisons.restatement(basis, ScopeKind.REGION, basis.regionId(region), total));
        return assemble(basis, region, overview, ownRows, figures.rows(basis, ScopeKind.ORGANISATION, organisations),
                ScopeKind.ORGANISATION, members, narratives);
    }

    private SummaryReport assemble(ReportBasis basis, Scope scope, Overview overview, List<FigureRow> own,
            List<FigureRow> below, ScopeKind belowKind, List<OrganisationStatus> reporters, List<NarrativeRow> narratives) {
        Map<String, OrganisationKind> authors = new HashMap<>();
        reporters.forEach(reporter -> authors.put(reporter.code(), reporter.kind()));
        List<TaskSection> sections = new ArrayList<>();
        List<TaskFindings> findings = new ArrayList<>();
        List<TaskExcerpts> proposals = new ArrayList<>();
        int quote = settings.excerptCharacters();
        for (Task task : basis.tasks()) {
            List<FigureRow> rows = Stream.concat(own.stream(), below.stream())
                    .filter(row -> row.indicator().taskNo() == task.taskNo()).toList();
            sections.add(new TaskSection(task, rows, charts.chart(task, rows, belowKind), Excerpts.pick(narratives,
                    task.taskNo(), NarrativePart.ACHIEVEMENTS, authors, settings.achievementsPerTask(), quote)));
            var limitations = Excerpts.pick(narratives, task.taskNo(), NarrativePart.LIMITATIONS, authors,
                    settings.findingsPerTask(), quote);
            var causes = Excerpts.pick(narratives, task.taskNo(), NarrativePart.CAUSES, authors,
                    settings.findingsPerTask(), quote);
            var objective = Excerpts.pick(narratives, task.taskNo(), NarrativePart.CAUSES_OBJECTIVE, authors,
                    settings.findingsPerTask(), quote);
            var subjective = Excerpts.pick(narratives, task.taskNo(), NarrativePart.CAUSES_SUBJECTIVE, authors,
                    settings.findingsPerTask(), quote);
            TaskFindings taskFindings = new TaskFindings(task, limitations, causes, objective, subjective);
            if (!taskFindings.isEmpty()) {
                findings.add(taskFindings);
            }
            var proposed = Excerpts.pick(narratives, task.taskNo(), NarrativePart.PROPOSALS, authors,
                    settings.proposalsPerTask(), quote);
            if (!proposed.isEmpty()) {
                proposals.add(new TaskExcerpts(task, proposed));
            }
        }
        var lessons = Excerpts.pickOnePerOrganisation(narratives, NarrativePart.LESSONS, authors, settings.lessons(), quote);
        return new SummaryReport(basis.meta(), scope, overview, sections, findings,
                settings.directions().stream().map(ReportSettings.Text::bilingual).toList(), proposals, reporters,
                lessons);
    }

    /** The configured key figures found among the rows, in the configured order. */
    List<FigureRow> keyFigures(List<FigureRow> rows) {
        return settings.keyFigures().stream()
                .flatMap(code -> rows.stream().filter(row -> row.indicator().code().equals(code)).limit(1))
                .toList();
    }

    private static CompletenessRow only(List<CompletenessRow> rows) {
        if (rows.size() != 1) {
            throw new IllegalStateException("expected one completeness row of the scope, found " + rows.size());
        }
        return rows.get(0);
    }
}
