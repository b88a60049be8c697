package vn.dnnd.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.dnnd.reports.assessment.OverallAssessment;
import vn.dnnd.reports.assessment.TaskAssessment;
import vn.dnnd.reports.fixture.SampleData;
import vn.dnnd.reports.fixture.SampleReports;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.model.SummaryReport;
import vn.dnnd.reports.model.TaskSection;
import vn.dnnd.reports.support.PdfText;
import vn.dnnd.reports.text.Labels;

/**
 * The centre's assessment is read back from the rendered PDF, and every number in it is found in a table
 * of the same report: a task's paragraph in that task's table, the overall assessment in any table.
 * Names in quotation marks (an indicator's name may hold "12-CT/TW") are names, not figures.
 */
class AssessmentNumbersTests {

    private static final Pattern QUOTED = Pattern.compile("“[^”]*”");
    private static final Pattern FOOTER = Pattern.compile(
            "(Báo cáo năm|Annual report) \\d{4} · .*? (từ|from) \\d+ [^·]*?(đã tiếp nhận|accepted submissions)");
    /** A line broken after a hyphen ("12-" / "CT/TW") reads back with a space after it. */
    private static final Pattern BROKEN_HYPHEN = Pattern.compile("(\\S)- ");

    static List<Arguments> editions() {
        SampleReports reports = new SampleReports(SampleData.load());
        return List.of(Arguments.of("national", reports.summary(), ReportLanguage.VI),
                Arguments.of("national", reports.summary(), ReportLanguage.EN),
                Arguments.of("region DBSCL", reports.regionReport("DBSCL"), ReportLanguage.VI),
                Arguments.of("region DBSH", reports.regionReport("DBSH"), ReportLanguage.EN));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("editions")
    void everyNumberOfTheAssessmentIsInATableOfTheSameReport(String name, SummaryReport report,
            ReportLanguage language) {
        String text = bodyText(new SummaryReportPdf().render(report, language));
        Labels labels = Labels.of(language);
        TableRows tables = new TableRows(language);
        Set<String> everyTable = new HashSet<>(headerNumbers(report, language));
        List<String> checked = new ArrayList<>();
        for (TaskSection task : report.tasks()) {
            String paragraph = joined(labels.get("assessment.lead") + " "
                    + new TaskAssessment(report, language).paragraph(task));
            assertThat(text).as("task " + task.task().taskNo() + " assessment printed").contains(paragraph);
            Set<String> taskTable = new HashSet<>(headerNumbers(report, language));
            taskTable.addAll(numbersIn(tables.indicators(task.rows(), report.scope(), notes(report, labels))));
            everyTable.addAll(taskTable);
            assertThat(numbers(paragraph)).as(paragraph).isNotEmpty().allSatisfy(number ->
                    assertThat(taskTable).as("table of task " + task.task().taskNo()).contains(number));
            checked.add(paragraph);
        }
        everyTable.addAll(numbersIn(tables.keyFigures(report.overview().keyFigures(), notes(report, labels))));
        everyTable.addAll(numbersIn(tables.completeness(report.overview().byArea(), report.overview().total())));
        everyTable.addAll(numbersIn(tables.completeness(report.overview().byKind(), report.overview().total())));
        String heading = labels.get("assessment.overall.heading");
        int start = text.indexOf(heading + " ", text.indexOf(labels.get("section.results"), text.indexOf(heading)));
        String overall = text.substring(start + heading.length(), text.indexOf(labels.get("section.limitations"), start));
        assertThat(overall).contains(joined(new OverallAssessment(report, language).paragraph()));
        assertThat(numbers(overall)).as(overall).isNotEmpty()
                .allSatisfy(number -> assertThat(everyTable).contains(number));
        assertThat(checked).hasSize(report.tasks().size());
    }

    /** The whole text without the running footer and page numbers, which fall between a paragraph's lines. */
    private static String bodyText(byte[] pdf) {
        PdfText read = new PdfText(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= read.pageCount(); page++) {
            String body = FOOTER.matcher(read.page(page)).replaceAll(" ").replaceAll("^\\d+ ", "")
                    .replaceAll(" \\d+$", "");
            text.append(body).append(' ');
        }
        return joined(text.toString());
    }

    private static String joined(String text) {
        return BROKEN_HYPHEN.matcher(PdfText.fold(text)).replaceAll("$1-");
    }

    /** The years in the headers of the period columns ("Năm 2024", "Năm 2025"). */
    private static List<String> headerNumbers(SummaryReport report, ReportLanguage language) {
        return numbersIn(List.of(TaskResultsSection.periodLabels(report.meta(), language)));
    }

    private static List<String> numbersIn(List<? extends Map<String, ?>> rows) {
        List<String> found = new ArrayList<>();
        rows.forEach(row -> row.values().forEach(cell -> {
            if (cell instanceof String text) {
                found.addAll(tokens(text));
            }
        }));
        return found;
    }

    /** The numbers of a sentence, names in quotation marks left out. */
    private static List<String> numbers(String sentence) {
        return tokens(QUOTED.matcher(sentence).replaceAll("“”"));
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher number = Pattern.compile("\\d(?:[\\d.,]*\\d)?").matcher(text);
        while (number.find()) {
            tokens.add(number.group());
        }
        return tokens;
    }

    private static ComparisonNotes notes(SummaryReport report, Labels labels) {
        return new ComparisonNotes(labels, report.meta(), report.overview().restatement());
    }
}
