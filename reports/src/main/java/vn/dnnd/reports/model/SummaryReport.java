package vn.dnnd.reports.model;

import java.util.List;
import java.util.Objects;

/**
 * The annual summary (scope national) or a region's report (scope region), in the shape of a review
 * report: I. overview, II. results by task, III. limitations and causes, IV. lessons learned, V. directions
 * and proposals, the closing ("Nơi nhận:" and signature) and the annexes.
 *
 * @param directions   paragraphs of section IV written by the centre (settings); may be empty
 * @param proposals    what organisations proposed, grouped by task
 * @param organisations every expected reporter with its submission status (the last annex)
 * @param lessons      the lessons learned organisations wrote (section IV), whatever their task
 */
public record SummaryReport(
        ReportMeta meta,
        Scope scope,
        Overview overview,
        List<TaskSection> tasks,
        List<TaskFindings> findings,
        List<Bilingual> directions,
        List<TaskExcerpts> proposals,
        List<OrganisationStatus> organisations,
        List<Excerpt> lessons) {

    public SummaryReport {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(overview, "overview");
        if (scope.kind() != ScopeKind.NATIONAL && scope.kind() != ScopeKind.REGION) {
            throw new IllegalArgumentException("a summary covers the country or a region, not " + scope.kind());
        }
        tasks = List.copyOf(tasks);
        findings = List.copyOf(findings);
        directions = List.copyOf(directions);
        proposals = List.copyOf(proposals);
        organisations = List.copyOf(organisations);
        lessons = List.copyOf(lessons);
    }

    /** A report without lessons learned quoted (section IV then says organisations wrote none). */
    public SummaryReport(ReportMeta meta, Scope scope, Overview overview, List<TaskSection> tasks,
            List<TaskFindings> findings, List<Bilingual> directions, List<TaskExcerpts> proposals,
            List<OrganisationStatus> organisations) {
        this(meta, scope, overview, tasks, findings, directions, proposals, organisations, List.of());
    }

    public boolean isNational() {
        return scope.kind() == ScopeKind.NATIONAL;
    }
}
