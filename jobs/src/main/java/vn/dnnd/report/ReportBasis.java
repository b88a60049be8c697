package vn.dnnd.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.dnnd.reports.model.Indicator;
import vn.dnnd.reports.model.OrganisationStatus;
import vn.dnnd.reports.model.ReportMeta;
import vn.dnnd.reports.model.Scope;
import vn.dnnd.reports.model.Task;

/**
 * What every report of a period starts from: its header and periods, the tasks and indicators, the
 * scopes its published rows are grouped by, and the expected reporters with the submission versions the
 * published run read. Region and organisation scopes are keyed by the codes stored in the computed
 * tables (region_id such as "2025:DBSCL", organisation code).
 *
 * @param runId    the published compute run of the period
 * @param regions  the regions of the scheme in force on the period's last day, in their order
 * @param statuses every expected reporter, its region as reported (the region of the figures)
 * @param todaysUnits the region ids and organisation codes of the period that are still today's regions
 *                    and units (all of them from 2025 on; none of the provinces merged away before)
 */
public record ReportBasis(
        long runId,
        ReportMeta meta,
        List<Task> tasks,
        Map<String, Indicator> indicators,
        Map<String, Scope> regions,
        Map<String, Scope> kinds,
        List<OrganisationStatus> statuses,
        Map<String, Scope> organisations,
        Set<String> todaysUnits) {

    public ReportBasis {
        Objects.requireNonNull(meta, "meta");
        todaysUnits = Set.copyOf(todaysUnits);
        tasks = List.copyOf(tasks);
        statuses = List.copyOf(statuses);
    }

    public String periodCode() {
        return meta.period().code();
    }

    /** The region scope of a region code ("DBSCL") in this period's scheme. */
    public Scope regionByCode(String code) {
        return regions.values().stream().filter(region -> region.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no region " + code + " in period " + periodCode()));
    }

    /** The region_id stored in the computed tables for a region scope. */
    public String regionId(Scope region) {
        return regions.entrySet().stream().filter(entry -> entry.getValue().equals(region)).map(Map.Entry::getKey)
                .findFirst().orElseThrow();
    }

    /** The expected reporters of a region, as reported. */
    public List<OrganisationStatus> statusesIn(Scope region) {
        return statuses.stream().filter(status -> region.equals(status.region())).toList();
    }
}
