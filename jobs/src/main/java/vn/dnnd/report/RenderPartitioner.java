package vn.dnnd.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import vn.dnnd.reports.model.ReportLanguage;

/**
 * Splits a render into partitions, kind × language, and for a kind rendered per region (with
 * {@code byRegion}: in the cluster mode, where each partition may run on another machine) kind × language ×
 * region. Each partition's context names its kind, language and region, and its place in the plan's order,
 * which its manifest's name keeps so that the edition lists its files in that order wherever they were made.
 */
final class RenderPartitioner implements Partitioner {

    static final String KIND = "render.kind";
    static final String LANGUAGE = "render.language";
    static final String PART = "render.part";
    static final String MANIFEST = "render.manifest";

    private final RenderPlan plan;
    private final ReportKinds kinds;
    private final boolean byRegion;

    RenderPartitioner(RenderPlan plan, ReportKinds kinds, boolean byRegion) {
        this.plan = plan;
        this.kinds = kinds;
        this.byRegion = byRegion;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (ReportLanguage language : plan.languages()) {
            for (String kind : plan.kinds()) {
                List<String> parts = byRegion && kinds.renderer(kind) instanceof PartedReportKind parted
                        ? parted.parts(plan.period()) : List.of();
                if (parts.isEmpty()) {
                    add(partitions, kind, language, "");
                }
                for (String part : parts) {
                    add(partitions, kind, language, part);
                }
            }
        }
        return partitions;
    }

    private static void add(Map<String, ExecutionContext> partitions, String kind, ReportLanguage language, String part) {
        String name = "render:" + kind + ":" + language.code() + (part.isEmpty() ? "" : ":" + part);
        ExecutionContext context = new ExecutionContext();
        context.putString(KIND, kind);
        context.putString(LANGUAGE, language.code());
        context.putString(PART, part);
        // Kinds and region codes come from this application and its reference data; kept to safe characters anyway.
        context.putString(MANIFEST, String.format("%04d-%s-%s%s", partitions.size(), language.code(), kind,
                part.isEmpty() ? "" : "-" + part).replaceAll("[^A-Za-z0-9_-]", "_"));
        partitions.put(name, context);
    }
}
