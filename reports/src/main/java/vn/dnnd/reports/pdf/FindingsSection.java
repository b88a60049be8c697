package vn.dnnd.reports.pdf;

import vn.dnnd.reports.model.Bilingual;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.model.SummaryReport;
import vn.dnnd.reports.model.TaskExcerpts;
import vn.dnnd.reports.model.TaskFindings;
import vn.dnnd.reports.text.Labels;

/**
 * Sections III to V: the limitations and their causes as organisations reported them, grouped by task
 * (objective, subjective, then unqualified causes); the lessons learned they drew; then the centre's
 * directions and what organisations proposed, grouped by task.
 */
final class FindingsSection {

    private final DocumentBuilder document;
    private final SummaryReport report;
    private final Labels labels;
    private final ReportLanguage language;

    FindingsSection(DocumentBuilder document, SummaryReport report) {
        this.document = document;
        this.report = report;
        this.labels = document.labels();
        this.language = labels.language();
    }

    void limitations() {
        document.section(labels.get("section.limitations"));
        boolean any = false;
        for (TaskFindings findings : report.findings()) {
            if (findings.isEmpty()) {
                continue;
            }
            any = true;
            document.subsection(labels.format("task.heading", findings.task().taskNo(),
                    findings.task().shortName().in(language)), false);
            document.excerpts(labels.get("findings.limitations"), findings.limitations());
            document.excerpts(labels.get("findings.causes.objective"), findings.objectiveCauses());
            document.excerpts(labels.get("findings.causes.subjective"), findings.subjectiveCauses());
            document.excerpts(labels.get("findings.causes"), findings.causes());
        }
        if (!any) {
            document.paragraph(null, labels.get("findings.none"));
        }
    }

    void lessons() {
        document.section(labels.get("section.lessons"));
        if (report.lessons().isEmpty()) {
            document.paragraph(null, labels.get("lessons.none"));
        } else {
            document.excerpts(labels.get("lessons.lead"), report.lessons());
        }
    }

    void directions() {
        document.section(labels.get("section.directions"));
        int number = 0;
        if (!report.directions().isEmpty()) {
            document.subsection(labels.format("directions.heading", ++number), false);
            for (Bilingual paragraph : report.directions()) {
                document.paragraph(null, paragraph.in(language));
            }
        }
        document.subsection(labels.format("proposals.heading", ++number), false);
        boolean any = false;
        for (TaskExcerpts proposals : report.proposals()) {
            if (proposals.excerpts().isEmpty()) {
                continue;
            }
            any = true;
            document.excerpts(labels.format("proposals.task", proposals.task().taskNo(),
                    proposals.task().shortName().in(language)), proposals.excerpts());
        }
        if (!any) {
            document.paragraph(null, labels.get("proposals.none"));
        }
    }
}
