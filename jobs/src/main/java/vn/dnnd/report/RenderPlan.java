package vn.dnnd.report;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import vn.dnnd.reports.model.ReportLanguage;

/**
 * What one renderJob execution settled on in its first step and every later step (and a restart)
 * keeps to: the compute run it prints, the edition number, the kinds and languages, the time printed
 * in the outputs and the staging directory. Kept in the job's execution context.
 */
record RenderPlan(String period, long runId, int edition, List<String> kinds, List<ReportLanguage> languages,
                  OffsetDateTime generatedAt, Path staging) {

    private static final String PREFIX = "render.";

    RenderPlan {
        kinds = List.copyOf(kinds);
        languages = List.copyOf(languages);
    }

    static RenderPlan of(JobExecution execution) {
        ExecutionContext context = execution.getExecutionContext();
        return new RenderPlan(context.getString(PREFIX + "period"), context.getLong(PREFIX + "runId"),
                context.getInt(PREFIX + "edition"), split(context.getString(PREFIX + "kinds")),
                split(context.getString(PREFIX + "languages")).stream().map(ReportLanguage::fromCode).toList(),
                OffsetDateTime.parse(context.getString(PREFIX + "generatedAt")),
                Path.of(context.getString(PREFIX + "staging")));
    }

    /** Whether the execution's context holds a plan (a worker's copy of the job execution may come without it). */
    static boolean in(JobExecution execution) {
        return execution.getExecutionContext().containsKey(PREFIX + "period");
    }

    void storeIn(JobExecution execution) {
        ExecutionContext context = execution.getExecutionContext();
        context.putString(PREFIX + "period", period);
        context.putLong(PREFIX + "runId", runId);
        context.putInt(PREFIX + "edition", edition);
        context.putString(PREFIX + "kinds", String.join(",", kinds));
        context.putString(PREFIX + "languages", String.join(",", languages.stream().map(ReportLanguage::code).toList()));
        context.putString(PREFIX + "generatedAt", generatedAt.toString());
        context.putString(PREFIX + "staging", staging.toString());
    }

    /** The edition's directory under the reports directory: {@code <period>/edition-<n>}. */
    Path editionDirectory(Path reports) {
        return reports.resolve(period).resolve("edition-" + edition);
    }

    private static List<String> split(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
