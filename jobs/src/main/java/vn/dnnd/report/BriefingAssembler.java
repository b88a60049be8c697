package vn.dnnd.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dnnd.reports.model.Briefing;
import vn.dnnd.reports.model.CompletenessRow;
import vn.dnnd.reports.model.FigureRow;
import vn.dnnd.reports.model.HeatMap;
import vn.dnnd.reports.model.Scope;
import vn.dnnd.reports.model.ScopeKind;
import vn.dnnd.reports.model.SubmissionState;
import vn.dnnd.reports.model.TaskScore;

/**
 * Builds the leaders' briefing of a period: who reported, the first key figures, the task scores of
 * each region and the country as a heat map, the national figures that changed most from last year and
 * the organisations that have not reported; call inside a {@link ReportSnapshot}.
 */
@Component
public class BriefingAssembler {

    private final PublishedFigures figures;
    private final SummaryAssembler summaries;
    private final ComparisonFigures comparisons;

    public BriefingAssembler(PublishedFigures figures, SummaryAssembler summaries, ComparisonFigures comparisons) {
        this.figures = figures;
        this.comparisons = comparisons;
        this.summaries = summaries;
    }

    public Briefing briefing(ReportBasis basis) {
        Map<String, Scope> country = Map.of(Scope.NATIONAL_CODE, Scope.national());
        List<FigureRow> national = figures.rows(basis, ScopeKind.NATIONAL, country);
        List<CompletenessRow> total = figures.completeness(basis, ScopeKind.NATIONAL, country);
        if (total.isEmpty()) {
            throw new IllegalStateException("no national completeness for period " + basis.periodCode());
        }
        List<FigureRow> keyFigures = summaries.keyFigures(national);
        return new Briefing(basis.meta(), total.get(0),
                keyFigures.subList(0, Math.min(Briefing.MAX_KEY_FIGURES, keyFigures.size())), heatMap(basis),
                Briefing.biggestChanges(national, Briefing.MAX_CHANGES),
                basis.statuses().stream().filter(status -> status.state() == SubmissionState.MISSING).toList(),
                comparisons.restatement(basis, ScopeKind.NATIONAL, Scope.NATIONAL_CODE, total.get(0)));
    }

    /** Tasks × (the regions, then the country); a scheme with more regions than fit keeps the first ones. */
    private HeatMap heatMap(ReportBasis basis) {
        Map<String, Scope> regions = new LinkedHashMap<>();
        basis.regions().entrySet().stream().limit(HeatMap.MAX_COLUMNS - 1L)
                .forEach(entry -> regions.put(entry.getKey(), entry.getValue()));
        List<Scope> columns = new ArrayList<>(regions.values());
        columns.add(Scope.national());
        List<TaskScore> scores = new ArrayList<>(figures.scores(basis, ScopeKind.REGION, regions));
        scores.addAll(figures.scores(basis, ScopeKind.NATIONAL, Map.of(Scope.NATIONAL_CODE, Scope.national())));
        return new HeatMap(basis.tasks(), columns, scores);
    }
}
