package vn.dnnd.reports.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.dnnd.reports.model.CompletenessRow;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.model.ReviewReport;
import vn.dnnd.reports.model.ScopeKind;
import vn.dnnd.reports.text.Labels;
import vn.dnnd.reports.text.NumberText;

/**
 * The review's rows for the existing table templates: who reported each year (table-completeness, one row per
 * year) and each task's series (table-matrix, one column per year). A year without figures is a dash.
 */
final class ReviewTables {

    /** table-matrix holds up to seven value columns: a review of more years is refused rather than cut. */
    static final int MAX_YEARS = 7;

    private final ReportLanguage language;
    private final Labels labels;
    private final NumberText numbers;
    private final TableRows tables;

    ReviewTables(ReportLanguage language) {
        this.language = language;
        this.labels = Labels.of(language);
        this.numbers = new NumberText(language);
        this.tables = new TableRows(language);
    }

    /** table-completeness: one row per year of the review, in order. */
    List<Map<String, Object>> reporting(List<ReviewReport.YearReporting> years) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ReviewReport.YearReporting year : years) {
            CompletenessRow row = year.national();
            Map<String, Object> map = new HashMap<>();
            map.put("level", 1);
            map.put("name", labels.format("review.year", year.year()));
            map.put("expected", row == null ? NumberText.MISSING : numbers.count(row.expected()));
            map.put("submitted", row == null ? NumberText.MISSING : numbers.count(row.submitted()));
            map.put("rate", row == null ? NumberText.MISSING : numbers.percent(row.submittedPercent()));
            map.put("onTime", row == null ? NumberText.MISSING : numbers.count(row.onTime()));
            map.put("late", row == null ? NumberText.MISSING : numbers.count(row.late()));
            map.put("missing", row == null ? NumberText.MISSING : numbers.count(row.missing()));
            rows.add(map);
        }
        return rows;
    }

    /**
     * table-matrix: per indicator a row for the country under the indicator's name (always, every year a
     * value or a dash), then one per region that has a value in some year ("- name").
     */
    TableRows.MatrixTable series(List<ReviewReport.SeriesRow> series, List<String> years) {
        if (years.size() > MAX_YEARS) {
            throw new IllegalArgumentException("a review table holds at most " + MAX_YEARS + " years: " + years);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ReviewReport.SeriesRow row : series) {
            boolean national = row.scope().kind() == ScopeKind.NATIONAL;
            if (!national && row.valueByYear().values().stream().allMatch(Objects::isNull)) {
                // a region with no figure of the indicator in any year: the workbook lists it, the PDF does not
                continue;
            }
            Map<String, Object> map = new HashMap<>();
            map.put("name", national ? row.indicator().name().in(language) : "- " + row.scope().name().in(language));
            map.put("unit", national ? tables.unit(row.indicator()) : "");
            for (int i = 0; i < years.size(); i++) {
                map.put("v" + i, numbers.value(row.value(years.get(i)), row.indicator().valueType(),
                        row.scope().kind()));
            }
            rows.add(map);
        }
        Map<String, Object> params = new HashMap<>();
        params.put("COLUMNS", years.size());
        params.put("FIRST_HEADER", labels.get("table.indicator"));
        for (int i = 0; i < years.size(); i++) {
            params.put("H" + i, labels.format("review.year", years.get(i)));
        }
        return new TableRows.MatrixTable(rows, params);
    }
}
