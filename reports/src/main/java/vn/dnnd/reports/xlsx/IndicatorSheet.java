package vn.dnnd.reports.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import vn.dnnd.reports.model.Comparability;
import vn.dnnd.reports.model.Coverage;
import vn.dnnd.reports.model.FigureRow;
import vn.dnnd.reports.model.OrganisationStatus;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.model.ReportMeta;
import vn.dnnd.reports.model.ScopeKind;
import vn.dnnd.reports.model.ValueType;
import vn.dnnd.reports.text.Labels;
import vn.dnnd.reports.xlsx.TableSheet.Column;

/**
 * A long table of indicator figures for one kind of scope: one row per scope and indicator, the
 * figures as numbers (missing ones left empty, never 0), the reporter counts beside them. Rows by
 * organisation carry the organisation's kind and region, looked up in the list of reporters. Indicator
 * names wrap, so a printed page shows them whole; percentages are numbers of percent (0-100). Whether a change
 * is comparable, and who the compared period's value rests on, stand beside it, by the rule the reports use.
 */
final class IndicatorSheet {

    private final SheetContext context;
    private final WorkbookStyles styles;
    private final ReportLanguage language;
    private final Labels labels;
    private final ReportMeta meta;
    private final Map<String, OrganisationStatus> organisations;

    IndicatorSheet(SheetContext context, ReportMeta meta, List<OrganisationStatus> organisations) {
        this.context = context;
        this.styles = context.styles();
        this.language = context.language();
        this.labels = context.labels();
        this.meta = meta;
        this.organisations = organisations.stream()
                .collect(Collectors.toMap(OrganisationStatus::code, Function.identity(), (a, b) -> a));
    }

    void write(String sheetKey, ScopeKind kind, List<FigureRow> rows) {
        TableSheet sheet = context.sheet(sheetKey, columns(kind));
        for (FigureRow row : rows) {
            sheet.row();
            scope(sheet, kind, row);
            ValueType type = row.indicator().valueType();
            boolean single = row.scope().kind() == ScopeKind.ORGANISATION;
            sheet.text(row.indicator().code())
                    .identifier(row.indicator().taskNo())
                    .wrapped(row.indicator().name().in(language))
                    .text(type == ValueType.BOOLEAN && !single ? labels.get("unit.shareYes")
                            : row.indicator().unit().in(language))
                    .number(row.value(), valueStyle(type, single))
                    .number(row.previousValue(), valueStyle(type, single))
                    .number(row.change(), changeStyle(type, single))
                    .number(inPercent(row.relativeChange()), styles.signedPercent)
                    .text(comparable(row))
                    .number(row.reporters())
                    .number(row.expected())
                    .number(row.notApplicable());
            Coverage before = row.previousCoverage();
            if (before != null) {
                sheet.number(before.reporters()).number(before.expected()).number(before.notApplicable());
            }
        }
        sheet.finish();
    }

    /**
     * "Có" / "Không" by the rule the reports print by ({@link Comparability}), so that an analyst can filter out the
     * changes the PDFs call not comparable; empty where there is no change at all.
     */
    private String comparable(FigureRow row) {
        if (row.change() == null) {
            return null;
        }
        return labels.get(Comparability.comparable(row) ? "value.yes" : "value.no");
    }

    /** A fraction (0.125) as the workbook stores every percentage: a number of percent (12.5). */
    static BigDecimal inPercent(BigDecimal fraction) {
        return fraction == null ? null : fraction.movePointRight(2);
    }

    /** A kind of organisation is named, never shown by its code ("province"). */
    private void scope(TableSheet sheet, ScopeKind kind, FigureRow row) {
        switch (kind) {
            case NATIONAL -> { }
            case ORG_KIND -> sheet.text(row.scope().name().in(language));
            case REGION -> sheet.text(row.scope().code()).text(row.scope().name().in(language));
            case ORGANISATION -> {
                OrganisationStatus organisation = organisations.get(row.scope().code());
                sheet.text(row.scope().code()).text(row.scope().name().in(language))
                        .text(organisation == null ? null : labels.get("kind." + organisation.kind().code()))
                        .text(organisation == null || organisation.region() == null ? null
                                : organisation.region().name().in(language));
            }
        }
    }

    private List<Column> columns(ScopeKind kind) {
        List<Column> columns = new ArrayList<>();
        switch (kind) {
            case REGION -> {
                columns.add(context.column("xlsx.regionCode", 12, ColumnUnit.CODE));
                columns.add(context.column("table.region", 34, ColumnUnit.TEXT));
            }
            case ORG_KIND -> columns.add(context.column("table.kind", 34, ColumnUnit.TEXT));
            case ORGANISATION -> {
                columns.add(context.column("xlsx.organisationCode", 14, ColumnUnit.CODE));
                columns.add(context.column("table.organisation", 40, ColumnUnit.TEXT));
                columns.add(context.column("table.kind", 28, ColumnUnit.TEXT));
                columns.add(context.column("table.region", 30, ColumnUnit.TEXT));
            }
            case NATIONAL -> { }
        }
        String current = meta.period().label().in(language);
        String previous = meta.previousPeriod() == null ? labels.get("table.previous")
                : meta.previousPeriod().label().in(language);
        columns.add(context.column("xlsx.indicatorCode", 28, ColumnUnit.CODE));
        columns.add(context.column("xlsx.task", 9, ColumnUnit.IDENTIFIER));
        columns.add(context.wrappingColumn("table.indicator.only", 60, ColumnUnit.TEXT));
        columns.add(context.column("table.unit", 12, ColumnUnit.TEXT));
        columns.add(context.described(labels.format("xlsx.value", current), "xlsx.value.current", 16, false,
                ColumnUnit.INDICATOR_UNIT));
        columns.add(context.described(labels.format("xlsx.value", previous), "xlsx.value.previous", 16, false,
                ColumnUnit.INDICATOR_UNIT));
        columns.add(context.column("xlsx.change", 20, ColumnUnit.INDICATOR_CHANGE));
        columns.add(context.column("xlsx.changePercent", 14, ColumnUnit.PERCENT));
        columns.add(new Column(labels.get("xlsx.comparable"), 14, false, labels.format("xlsx.about.xlsx.comparable",
                Comparability.MAX_COVERAGE_GAP.toPlainString()), labels.get("xlsx.unit." + ColumnUnit.YES_NO_TEXT)));
        columns.add(context.column("xlsx.reporters", 14, ColumnUnit.ORGANISATIONS));
        columns.add(context.column("xlsx.expected", 14, ColumnUnit.ORGANISATIONS));
        columns.add(context.column("xlsx.notApplicable", 14, ColumnUnit.ORGANISATIONS));
        columns.add(context.described(labels.format("xlsx.reporters.previous", previous), "xlsx.reporters.previous",
                16, false, ColumnUnit.ORGANISATIONS));
        columns.add(context.described(labels.format("xlsx.expected.previous", previous), "xlsx.expected.previous",
                16, false, ColumnUnit.ORGANISATIONS));
        columns.add(context.described(labels.format("xlsx.notApplicable.previous", previous),
                "xlsx.notApplicable.previous", 16, false, ColumnUnit.ORGANISATIONS));
        return columns;
    }

    private CellStyle valueStyle(ValueType type, boolean single) {
        return switch (type) {
            case INTEGER -> styles.integer;
            case DECIMAL -> styles.decimal;
            case PERCENT -> styles.percentValue;
            case BOOLEAN -> single ? styles.yesNo : styles.percentValue;
        };
    }

    private CellStyle changeStyle(ValueType type, boolean single) {
        return switch (type) {
            case INTEGER -> styles.signedInteger;
            case DECIMAL -> styles.signedDecimal;
            case PERCENT -> styles.signedPoints;
            case BOOLEAN -> single ? styles.signedInteger : styles.signedPoints;
        };
    }
}
