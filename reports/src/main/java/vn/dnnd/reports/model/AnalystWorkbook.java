package vn.dnnd.reports.model;

import java.util.List;
import java.util.Objects;

/**
 * The analyst workbook: long tables an analyst filters and pivots. Indicator rows by organisation are
 * joined to {@code organisations} by code for the kind and region columns. The raw submission values
 * are a stream, written row by row and never held in memory.
 *
 * @param tasks        the directive's tasks, for the task names beside the task scores
 * @param taskScores   the task scores of the country, every region, every kind and every organisation, in
 *                     that order, by task within each scope
 * @param completeness national, region and kind rows of who reported
 * @param rawValues    every submitted value of the accepted versions, in the order to write them
 */
public record AnalystWorkbook(
        ReportMeta meta,
        List<FigureRow> national,
        List<FigureRow> byRegion,
        List<FigureRow> byKind,
        List<FigureRow> byOrganisation,
        List<Task> tasks,
        List<TaskScoreRow> taskScores,
        List<CompletenessRow> completeness,
        List<OrganisationStatus> organisations,
        List<DataQualityIssue> issues,
        List<NarrativeRow> narratives,
        RowStream<RawValueRow> rawValues) {

    public AnalystWorkbook {
        Objects.requireNonNull(meta, "meta");
        national = List.copyOf(national);
        byRegion = List.copyOf(byRegion);
        byKind = List.copyOf(byKind);
        byOrganisation = List.copyOf(byOrganisation);
        tasks = List.copyOf(tasks);
        taskScores = List.copyOf(taskScores);
        completeness = List.copyOf(completeness);
        organisations = List.copyOf(organisations);
        issues = List.copyOf(issues);
        narratives = List.copyOf(narratives);
        Objects.requireNonNull(rawValues, "rawValues");
    }
}
