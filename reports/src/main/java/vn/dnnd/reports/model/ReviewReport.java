package vn.dnnd.reports.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The five-year review (sơ kết 5 năm, period "2022-2026"): every year of the review, which of them have
 * published figures, who reported each year, each task's series restated onto today's units (nationally and
 * by today's region) with what organisations wrote about it year by year, the limitations and causes, the
 * lessons learned and the directions. A year without published figures stays missing everywhere, never 0.
 *
 * @param years      every annual period inside the review, in order ("2022" … "2026")
 * @param reporting  one entry per year: who reported nationally (restated), or no completeness when the year
 *                   has no published figures
 * @param lessons    the lessons learned organisations wrote, each with its year; empty when none were written
 * @param directions the centre's directions for the coming years (settings)
 */
public record ReviewReport(ReportMeta meta, List<String> years, List<YearReporting> reporting, List<ReviewTask> tasks,
                           List<ReviewFindings> findings, List<YearExcerpt> lessons, List<Bilingual> directions) {

    public ReviewReport {
        Objects.requireNonNull(meta, "meta");
        years = List.copyOf(years);
        reporting = List.copyOf(reporting);
        tasks = List.copyOf(tasks);
        findings = List.copyOf(findings);
        lessons = List.copyOf(lessons);
        directions = List.copyOf(directions);
    }

    /** The years that have published figures, in order. */
    public List<String> yearsWithData() {
        return reporting.stream().filter(YearReporting::hasData).map(YearReporting::year).toList();
    }

    /** Who reported in one year nationally; {@code national} is null when the year has no published figures. */
    public record YearReporting(String year, CompletenessRow national) {

        public YearReporting {
            Objects.requireNonNull(year, "year");
        }

        public boolean hasData() {
            return national != null;
        }
    }

    /** One indicator for one scope across the years: a year without a value has no entry (missing, not 0). */
    public record SeriesRow(Indicator indicator, Scope scope, Map<String, BigDecimal> valueByYear) {

        public SeriesRow {
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(scope, "scope");
            valueByYear = Collections.unmodifiableMap(new LinkedHashMap<>(valueByYear));
        }

        /** The value of a year, or null when it is missing. */
        public BigDecimal value(String year) {
            return valueByYear.get(year);
        }
    }

    /** A task: its series rows (national first, then today's regions, per indicator) and achievements by year. */
    public record ReviewTask(Task task, List<SeriesRow> rows, List<YearExcerpt> achievements) {

        public ReviewTask {
            Objects.requireNonNull(task, "task");
            rows = List.copyOf(rows);
            achievements = List.copyOf(achievements);
        }
    }

    /**
     * A task's limitations and their causes (objective, subjective where organisations said which, plain where
     * they did not), each passage with the year it was written for.
     */
    public record ReviewFindings(Task task, List<YearExcerpt> limitations, List<YearExcerpt> causes,
                                 List<YearExcerpt> objectiveCauses, List<YearExcerpt> subjectiveCauses) {

        public ReviewFindings {
            Objects.requireNonNull(task, "task");
            limitations = List.copyOf(limitations);
            causes = List.copyOf(causes);
            objectiveCauses = List.copyOf(objectiveCauses);
            subjectiveCauses = List.copyOf(subjectiveCauses);
        }

        public boolean isEmpty() {
            return limitations.isEmpty() && causes.isEmpty() && objectiveCauses.isEmpty() && subjectiveCauses.isEmpty();
        }
    }

    /** A passage an organisation wrote in its report of one year. */
    public record YearExcerpt(String year, Excerpt excerpt) {

        public YearExcerpt {
            Objects.requireNonNull(year, "year");
            Objects.requireNonNull(excerpt, "excerpt");
        }
    }
}
