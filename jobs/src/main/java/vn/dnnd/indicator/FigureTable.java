package vn.dnnd.indicator;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The published figures of one scope and view as a table reads them (console, portal page), every cell
 * already written for its reader by a {@link FigureText}. An annual period has per task its score and per
 * indicator value, reporters, previous year and change; a review period ({@code review}) has per indicator
 * one cell per year of {@code years} and the change from the first year with a value to the last.
 */
public record FigureTable(String periodCode, String periodNameVi, String periodNameEn, ResolvedScope scope,
                          HierarchyView view, long runId, OffsetDateTime finishedAt, boolean review,
                          Counts completeness, List<String> years, List<TaskRows> tasks) {

    public FigureTable {
        years = List.copyOf(years);
        tasks = List.copyOf(tasks);
    }

    /** Completeness of the scope (none for a single organisation or a review). */
    public record Counts(String expected, String submitted, String onTime, String late, String missing) {
    }

    /**
     * One task's rows. {@code nameVi} is null when the task has no score row (a review, or no score
     * computed for the scope); {@code rank}, {@code coverage} and {@code members} are null when they do not apply.
     */
    public record TaskRows(int taskNo, String nameVi, String nameEn, String score, String rank, String coverage,
                           Integer members, List<Row> rows) {

        public TaskRows {
            rows = List.copyOf(rows);
        }

        public boolean scored() {
            return nameVi != null;
        }
    }

    /** One indicator; the annual cells are null in a review, {@code byYear} is empty in an annual period. */
    public record Row(String code, String nameVi, String nameEn, String unit, String value, String reporters,
                      String notApplicable, String previous, String change, List<String> byYear) {

        public Row {
            byYear = List.copyOf(byYear);
        }
    }
}
