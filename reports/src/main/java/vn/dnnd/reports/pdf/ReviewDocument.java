package vn.dnnd.reports.pdf;

import java.util.List;
import java.util.Map;
import vn.dnnd.reports.model.Bilingual;
import vn.dnnd.reports.model.Excerpt;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.model.ReviewReport;
import vn.dnnd.reports.model.Signature;
import vn.dnnd.reports.text.Labels;

/**
 * The flow of the five-year review in the layout of the annual summary: contents, I. overview (the years
 * covered, which have figures, who reported each year), II. results by task (each task's series restated
 * onto today's units and what organisations wrote year by year), III. limitations and causes, IV. lessons
 * learned (only when organisations wrote some), then directions, the closing and the signature.
 */
final class ReviewDocument {

    private final ReviewReport report;
    private final ReportLanguage language;
    private final Labels labels;
    private final ReviewTables tables;
    private final DocumentBuilder document;

    private ReviewDocument(ReviewReport report, ReportLanguage language) {
        this.report = report;
        this.language = language;
        this.labels = Labels.of(language);
        this.tables = new ReviewTables(language);
        this.document = new DocumentBuilder(labels);
    }

    static DocumentBuilder build(ReviewReport report, ReportLanguage language) {
        ReviewDocument review = new ReviewDocument(report, language);
        review.compose();
        return review.document;
    }

    private void compose() {
        document.tableOfContents(labels.get("toc.caption"));
        document.pageBreak();
        overview();
        results();
        limitations();
        boolean lessons = !report.lessons().isEmpty();
        if (lessons) {
            document.section(labels.get("review.section.lessons"));
            yearExcerpts(null, report.lessons());
        }
        directions(lessons ? "V" : "IV");
        Signature signature = report.meta().header().signature();
        document.closing(report.meta().header().recipients(), signature == null ? null : signature.capacity(),
                signature == null ? null : signature.title(), signature == null ? null : signature.name());
    }

    private void overview() {
        document.section(labels.get("section.overview"));
        List<String> withData = report.yearsWithData();
        List<String> without = report.years().stream().filter(year -> !withData.contains(year)).toList();
        document.paragraph(null, labels.format("review.overview.years", report.meta().period().code(),
                report.years().size(), withData.isEmpty() ? labels.get("review.overview.noYear") : String.join(", ", withData)));
        document.paragraph(null, without.isEmpty() ? labels.get("review.overview.allYears")
                : labels.format("review.overview.missingYears", String.join(", ", without)));
        document.paragraph(null, labels.get("review.overview.restated"));
        document.paragraph(null, labels.get("review.overview.regions"));
        document.table("table-completeness", document.tableCaption(labels.get("review.caption.reporting")),
                tables.reporting(report.reporting()), Map.of("FIRST_HEADER", labels.get("review.table.year")), null);
    }

    private void results() {
        document.section(labels.get("section.results"));
        if (language != ReportLanguage.VI) {
            document.paragraph(null, labels.get("results.quotedInVietnamese"));
        }
        for (ReviewReport.ReviewTask task : report.tasks()) {
            int taskNo = task.task().taskNo();
            document.subsection(labels.format("task.heading", taskNo, task.task().shortName().in(language)), true);
            if (!task.task().directiveText().isBlank()) {
                document.quote(labels.format("task.directive", task.task().directiveText()));
            }
            if (!task.rows().isEmpty()) {
                TableRows.MatrixTable table = tables.series(task.rows(), report.years());
                document.table("table-matrix", document.tableCaption(labels.format("review.caption.series", taskNo)),
                        table.rows(), table.params(), null);
            }
            if (task.achievements().isEmpty()) {
                document.paragraph(null, labels.get("review.results.noAchievements"));
            } else {
                yearExcerpts(labels.get("review.results.achievements"), task.achievements());
            }
        }
    }

    private void limitations() {
        document.section(labels.get("section.limitations"));
        if (report.findings().isEmpty()) {
            document.paragraph(null, labels.get("review.findings.none"));
        }
        for (ReviewReport.ReviewFindings findings : report.findings()) {
            document.subsection(labels.format("task.heading", findings.task().taskNo(),
                    findings.task().shortName().in(language)), false);
            yearExcerpts(labels.get("findings.limitations"), findings.limitations());
            yearExcerpts(labels.get("findings.causes.objective"), findings.objectiveCauses());
            yearExcerpts(labels.get("findings.causes.subjective"), findings.subjectiveCauses());
            yearExcerpts(labels.get("findings.causes"), findings.causes());
        }
    }

    private void directions(String number) {
        document.section(labels.format("review.section.directions", number));
        if (report.directions().isEmpty()) {
            document.paragraph(null, labels.get("review.directions.none"));
        }
        for (Bilingual paragraph : report.directions()) {
            document.paragraph(null, paragraph.in(language));
        }
    }

    /** Each passage signed with its organisation and year: "- text (Tỉnh ủy Lào Cai, năm 2024)". */
    private void yearExcerpts(String lead, List<ReviewReport.YearExcerpt> excerpts) {
        document.excerpts(lead, excerpts.stream().map(this::signed).toList());
    }

    private Excerpt signed(ReviewReport.YearExcerpt passage) {
        Excerpt excerpt = passage.excerpt();
        return new Excerpt(excerpt.organisationCode(),
                labels.format("review.excerpt.author", excerpt.organisationName(), passage.year()), excerpt.text());
    }
}
