package vn.dnnd.reports.pdf;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.dnnd.reports.model.CompletenessRow;
import vn.dnnd.reports.model.Overview;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.model.Scope;
import vn.dnnd.reports.model.ScopeKind;
import vn.dnnd.reports.model.Signature;
import vn.dnnd.reports.model.SummaryReport;
import vn.dnnd.reports.model.TaskSection;
import vn.dnnd.reports.text.Labels;
import vn.dnnd.reports.text.NumberText;

/**
 * The flow of the annual summary or of a region's report, in the shape of a review report: contents,
 * I. overview, II. results by task, III. limitations and causes, IV. lessons learned, V. directions and
 * proposals, the closing with "Nơi nhận:" and the signature, then the annexes on their own pages.
 */
final class SummaryDocument {

    private final SummaryReport report;
    private final ReportLanguage language;
    private final Labels labels;
    private final NumberText numbers;
    private final TableRows tables;
    private final DocumentBuilder document;

    private SummaryDocument(SummaryReport report, ReportLanguage language) {
        this.report = report;
        this.language = language;
        this.labels = Labels.of(language);
        this.numbers = new NumberText(language);
        this.tables = new TableRows(language);
        this.document = new DocumentBuilder(labels);
    }

    static DocumentBuilder build(SummaryReport report, ReportLanguage language) {
        SummaryDocument summary = new SummaryDocument(report, language);
        summary.compose();
        return summary.document;
    }

    private void compose() {
        document.tableOfContents(labels.get("toc.caption"));
        document.pageBreak();
        overview();
        new TaskResultsSection(document, tables, report).compose();
        FindingsSection findings = new FindingsSection(document, report);
        findings.limitations();
        findings.lessons();
        findings.directions();
        closing();
        annexes();
    }

    private void overview() {
        Overview overview = report.overview();
        CompletenessRow total = overview.total();
        document.section(labels.get("section.overview"));
        document.subsection(labels.get("overview.reporting"), false);
        document.paragraph(null, labels.format("overview.sentence",
                labels.inSentence(report.meta().period().label().in(language)), numbers.count(total.expected()),
                numbers.count(total.submitted()), numbers.percent(total.submittedPercent()),
                numbers.count(total.onTime()), numbers.count(total.late()), numbers.count(total.missing())));
        if (!overview.byArea().isEmpty()) {
            document.table("table-completeness", document.tableCaption(labels.get("caption.completenessByRegion")),
                    tables.completenessByRegion(overview.byArea(), total),
                    Map.of("FIRST_HEADER", labels.get("table.region")),
                    null);
        }
        if (!overview.byKind().isEmpty()) {
            document.table("table-completeness", document.tableCaption(labels.get("caption.completenessByKind")),
                    tables.completeness(overview.byKind(), total), Map.of("FIRST_HEADER", labels.get("table.kind")),
                    null);
        }
        if (!report.isNational() && !report.organisations().isEmpty()) {
            document.table("table-organisations",
                    document.tableCaption(labels.get("caption.organisationsInRegion")),
                    tables.organisations(report.organisations()), Map.of(), null);
        }
        if (!overview.keyFigures().isEmpty()) {
            document.subsection(labels.get("overview.keyFigures"), false);
            ComparisonNotes notes = new ComparisonNotes(labels, report.meta(), overview.restatement());
            document.table("table-indicators", document.tableCaption(labels.format("caption.keyFigures",
                            report.scope().name().in(language))),
                    tables.keyFigures(overview.keyFigures(), notes), periodLabels(),
                    notes.note(labels.get("note.reporters")));
        }
    }

    private void closing() {
        Signature signature = report.meta().header().signature();
        document.closing(report.meta().header().recipients(),
                signature == null ? null : signature.capacity(),
                signature == null ? null : signature.title(),
                signature == null ? null : signature.name());
    }

    private void annexes() {
        boolean matrix = report.isNational() && !report.overview().byArea().isEmpty() && !report.tasks().isEmpty();
        if (!matrix && report.organisations().isEmpty()) {
            return;
        }
        document.pageBreak();
        document.section(labels.get("section.annexes"));
        int annex = 0;
        if (matrix) {
            document.subsection(labels.format("annex.byRegion", ++annex), true);
            List<Scope> regions = report.overview().byArea().stream().map(CompletenessRow::scope).toList();
            document.paragraph(null, abbreviations(regions));
            for (TaskSection task : report.tasks()) {
                for (TableRows.MatrixTable table : tables.matrix(task.rows(), withCentralBodies(regions, task),
                        report.scope(), TableRows.MATRIX_COLUMNS)) {
                    document.table("table-matrix", document.tableCaption(labels.format("caption.matrix",
                            task.task().taskNo())), table.rows(), table.params(), null);
                }
            }
        }
        if (!report.organisations().isEmpty()) {
            document.subsection(labels.format("annex.organisations", ++annex), true);
            document.table("table-organisations", null, tables.organisations(report.organisations()), Map.of(),
                    null);
        }
    }

    /** The regions, then the central bodies when the task has their row, so that a row adds up to the country. */
    private static List<Scope> withCentralBodies(List<Scope> regions, TaskSection task) {
        if (task.rows().stream().noneMatch(row -> row.scope().kind() == ScopeKind.CENTRAL)) {
            return regions;
        }
        return Stream.concat(regions.stream(), Stream.of(Scope.centralBodies())).toList();
    }

    /** "ĐBSH: Vùng đồng bằng sông Hồng; ..." for the short column headings. */
    private String abbreviations(List<Scope> scopes) {
        StringBuilder text = new StringBuilder(labels.get("annex.abbreviations"));
        for (int i = 0; i < scopes.size(); i++) {
            Scope scope = scopes.get(i);
            text.append(i == 0 ? " " : "; ").append(scope.shortName().in(language)).append(": ")
                    .append(scope.name().in(language));
        }
        return text.append('.').toString();
    }

    private Map<String, Object> periodLabels() {
        return TaskResultsSection.periodLabels(report.meta(), language);
    }
}
