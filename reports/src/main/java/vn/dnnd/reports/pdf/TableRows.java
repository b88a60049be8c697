package vn.dnnd.reports.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dnnd.reports.model.CompletenessRow;
import vn.dnnd.reports.model.FigureRow;
import vn.dnnd.reports.model.Indicator;
import vn.dnnd.reports.model.OrganisationStatus;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.model.Scope;
import vn.dnnd.reports.model.SubmissionState;
import vn.dnnd.reports.model.ValueType;
import vn.dnnd.reports.text.Labels;
import vn.dnnd.reports.text.NumberText;
import vn.dnnd.reports.text.VietnamTime;

/** Model rows turned into the rows of the table templates, every figure written for the edition's reader. */
final class TableRows {

    /** The most value columns table-matrix has: six regions, the central bodies and the country. */
    static final int MATRIX_COLUMNS = 8;

    private final ReportLanguage language;
    private final Labels labels;
    private final NumberText numbers;

    TableRows(ReportLanguage language) {
        this.language = language;
        this.labels = Labels.of(language);
        this.numbers = new NumberText(language);
    }

    /**
     * table-indicators: per indicator, the row of the report's own scope in bold under the indicator's
     * name, then the rows of the scopes below it in the order given; changes written by {@code notes}.
     */
    List<Map<String, Object>> indicators(List<FigureRow> rows, Scope own, ComparisonNotes notes) {
        Map<String, List<FigureRow>> byIndicator = new LinkedHashMap<>();
        Map<String, Indicator> indicators = new HashMap<>();
        for (FigureRow row : rows) {
            byIndicator.computeIfAbsent(row.indicator().code(), code -> new ArrayList<>()).add(row);
            indicators.putIfAbsent(row.indicator().code(), row.indicator());
        }
        List<Map<String, Object>> table = new ArrayList<>();
        byIndicator.forEach((code, group) -> {
            Indicator indicator = indicators.get(code);
            FigureRow ownRow = group.stream().filter(row -> isScope(row, own)).findFirst().orElse(null);
            table.add(indicatorRow(indicator, ownRow, 0, indicator.name().in(language), notes));
            group.stream().filter(row -> !isScope(row, own))
                    .forEach(row -> table.add(indicatorRow(indicator, row, 1, row.scope().name().in(language), notes)));
        });
        return table;
    }

    /** table-indicators with one bold row per figure, named by its indicator. */
    List<Map<String, Object>> keyFigures(List<FigureRow> rows, ComparisonNotes notes) {
        return rows.stream().map(row -> indicatorRow(row.indicator(), row, 0, row.indicator().name().in(language),
                notes)).toList();
    }

    private Map<String, Object> indicatorRow(Indicator indicator, FigureRow row, int level, String name,
                                             ComparisonNotes notes) {
        Map<String, Object> map = new HashMap<>();
        map.put("code", indicator.code());
        map.put("level", level);
        map.put("name", name);
        map.put("unit", level == 0 ? unit(indicator) : "");
        map.put("previous", row == null ? NumberText.MISSING
                : numbers.value(row.previousValue(), indicator.valueType(), row.scope().kind()));
        map.put("current", row == null ? NumberText.MISSING : numbers.value(row));
        map.put("change", row == null ? NumberText.MISSING : notes.change(row));
        map.put("reporters", row == null ? NumberText.MISSING : numbers.reporters(row));
        return map;
    }

    /** The unit of a figure above one organisation: a yes/no indicator becomes a share of "yes". */
    String unit(Indicator indicator) {
        return indicator.valueType() == ValueType.BOOLEAN ? labels.get("unit.shareYes") : indicator.unit().in(language);
    }

    /** table-completeness: the scopes, then the total in bold. */
    List<Map<String, Object>> completeness(List<CompletenessRow> rows, CompletenessRow total) {
        List<Map<String, Object>> table = new ArrayList<>();
        rows.forEach(row -> table.add(completenessRow(row, 1, row.scope().name().in(language))));
        table.add(completenessRow(total, 0, labels.get("table.total")));
        return table;
    }

    /**
     * table-completeness by region: the regions, then the central bodies (who belong to no region: the
     * national total less the regions') when there are any, then the national total in bold, so that the
     * column adds up to the country.
     */
    List<Map<String, Object>> completenessByRegion(List<CompletenessRow> regions, CompletenessRow national) {
        int expected = national.expected();
        int submitted = national.submitted();
        int onTime = national.onTime();
        int late = national.late();
        int missing = national.missing();
        for (CompletenessRow row : regions) {
            expected -= row.expected();
            submitted -= row.submitted();
            onTime -= row.onTime();
            late -= row.late();
            missing -= row.missing();
        }
        List<CompletenessRow> rows = new ArrayList<>(regions);
        if (expected > 0) {
            rows.add(new CompletenessRow(Scope.centralBodies(), expected, submitted, onTime, late, missing));
        }
        return completeness(rows, national);
    }

    private Map<String, Object> completenessRow(CompletenessRow row, int level, String name) {
        Map<String, Object> map = new HashMap<>();
        map.put("level", level);
        map.put("name", name);
        map.put("expected", numbers.count(row.expected()));
        map.put("submitted", numbers.count(row.submitted()));
        map.put("rate", numbers.percent(row.submittedPercent()));
        map.put("onTime", numbers.count(row.onTime()));
        map.put("late", numbers.count(row.late()));
        map.put("missing", numbers.count(row.missing()));
        return map;
    }

    /** table-organisations, numbered from 1. */
    List<Map<String, Object>> organisations(List<OrganisationStatus> organisations) {
        List<Map<String, Object>> table = new ArrayList<>();
        for (OrganisationStatus organisation : organisations) {
            Map<String, Object> map = new HashMap<>();
            map.put("no", String.valueOf(table.size() + 1));
            map.put("name", organisation.name());
            map.put("group", group(organisation));
            map.put("status", labels.get("status." + organisation.state().name()));
            map.put("missing", organisation.state() == SubmissionState.MISSING);
            map.put("version", organisation.version() == null ? "" : String.valueOf(organisation.version()));
            map.put("received", organisation.receivedAt() == null ? ""
                    : numbers.date(organisation.receivedAt().atZoneSameInstant(VietnamTime.ZONE).toLocalDate()));
            table.add(map);
        }
        return table;
    }

    /** The kind of a central body, or the region of a province. */
    String group(OrganisationStatus organisation) {
        return organisation.region() != null ? organisation.region().shortName().in(language)
                : labels.get("kind." + organisation.kind().code());
    }

    /**
     * table-matrix tables: one row per indicator, one column per scope, at most {@code width} columns
     * each; the last column of every table is the total scope when one is given.
     */
    List<MatrixTable> matrix(List<FigureRow> rows, List<Scope> columns, Scope total, int width) {
        int perTable = total == null ? width : width - 1;
        List<MatrixTable> tables = new ArrayList<>();
        for (int from = 0; from < columns.size(); from += perTable) {
            List<Scope> chunk = new ArrayList<>(columns.subList(from, Math.min(columns.size(), from + perTable)));
            if (total != null) {
                chunk.add(total);
            }
            tables.add(matrixTable(rows, chunk));
        }
        return tables;
    }

    private MatrixTable matrixTable(List<FigureRow> rows, List<Scope> columns) {
        Map<String, Map<String, Object>> byIndicator = new LinkedHashMap<>();
        for (FigureRow row : rows) {
            Map<String, Object> map = byIndicator.computeIfAbsent(row.indicator().code(), code -> {
                Map<String, Object> fresh = new HashMap<>();
                fresh.put("name", row.indicator().name().in(language));
                fresh.put("unit", unit(row.indicator()));
                for (int i = 0; i < columns.size(); i++) {
                    fresh.put("v" + i, NumberText.MISSING);
                }
                return fresh;
            });
            for (int i = 0; i < columns.size(); i++) {
                if (isScope(row, columns.get(i))) {
                    map.put("v" + i, numbers.value(row));
                }
            }
        }
        Map<String, Object> params = new HashMap<>();
        params.put("COLUMNS", columns.size());
        params.put("FIRST_HEADER", labels.get("table.indicator.only"));
        for (int i = 0; i < columns.size(); i++) {
            params.put("H" + i, columns.get(i).shortName().in(language));
        }
        return new MatrixTable(List.copyOf(byIndicator.values()), params);
    }

    private static boolean isScope(FigureRow row, Scope scope) {
        return row.scope().kind() == scope.kind() && row.scope().code().equals(scope.code());
    }

    /** The rows and the column headers of one matrix table. */
    record MatrixTable(List<Map<String, Object>> rows, Map<String, Object> params) {
    }
}
