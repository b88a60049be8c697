package vn.dnnd.reports.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
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
 * organisation carry the organisation's kind and region, looked up in the list of reporters.
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
                    .number(row.indicator().taskNo())
                    .text(row.indicator().name().in(language))
                    .text(type == ValueType.BOOLEAN && !single ? labels.get("unit.shareYes")
                            : row.indicator().unit().in(language))
                    .number(row.value(), valueStyle(type, single))
                    .number(row.previousValue(), valueStyle(type, single))
                    .number(row.change(), changeStyle(type, single))
                    .number(row.relativeChange(), styles.fraction)
                    .number(row.reporters())
                    .number(row.expected())
                    .number(row.notApplicable());
        }
        sheet.finish();
    }

    private void scope(TableSheet sheet, ScopeKind kind, FigureRow row) {
        if (kind == ScopeKind.NATIONAL) {
            return;
        }
        sheet.text(row.scope().code()).text(row.scope().name().in(language));
        if (kind == ScopeKind.ORGANISATION) {
            OrganisationStatus organisation = organisations.get(row.scope().code());
            sheet.text(organisation == null ? null : labels.get("kind." + organisation.kind().code()))
                    .text(organisation == null || organisation.region() == null ? null
                            : organisation.region().name().in(language));
        }
    }

    private List<Column> columns(ScopeKind kind) {
        List<Column> columns = new ArrayList<>();
        switch (kind) {
            case REGION -> {
                columns.add(new Column(labels.get("xlsx.regionCode"), 12));
                columns.add(new Column(labels.get("table.region"), 34));
            }
            case ORG_KIND -> {
                columns.add(new Column(labels.get("xlsx.kindCode"), 12));
                columns.add(new Column(labels.get("table.kind"), 34));
            }
            case ORGANISATION -> {
                columns.add(new Column(labels.get("xlsx.organisationCode"), 14));
                columns.add(new Column(labels.get("table.organisation"), 40));
                columns.add(new Column(labels.get("table.kind"), 28));
                columns.add(new Column(labels.get("table.region"), 30));
            }
            case NATIONAL -> { }
        }
        String current = meta.period().label().in(language);
        String previous = meta.previousPeriod() == null ? labels.get("table.previous")
                : meta.previousPeriod().label().in(language);
        columns.add(new Column(labels.get("xlsx.indicatorCode"), 28));
        columns.add(new Column(labels.get("xlsx.task"), 9));
        columns.add(new Column(labels.get("table.indicator.only"), 60));
        columns.add(new Column(labels.get("table.unit"), 12));
        columns.add(new Column(labels.format("xlsx.value", current), 16));
        columns.add(new Column(labels.format("xlsx.value", previous), 16));
        columns.add(new Column(labels.get("xlsx.change"), 20));
        columns.add(new Column(labels.get("xlsx.changePercent"), 14));
        columns.add(new Column(labels.get("xlsx.reporters"), 14));
        columns.add(new Column(labels.get("xlsx.expected"), 14));
        columns.add(new Column(labels.get("xlsx.notApplicable"), 14));
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
