package vn.dnnd.indicator;

import java.math.BigDecimal;
import java.sql.Types;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * What every step of one computeJob execution shares: the run being built, its period and kind, the
 * previous annual period for year over year, and the score settings the run was started with. Kept in
 * the job's execution context by {@link StartComputeRunTasklet}.
 */
record ComputeRunContext(long runId, String period, String periodKind, String previousPeriod,
                         BigDecimal capPercentile, BigDecimal minCoverage) {

    static final String PERIOD_PARAMETER = "period";
    private static final String RUN_ID = "compute.runId";
    private static final String PERIOD_KIND = "compute.periodKind";
    private static final String PREVIOUS_PERIOD = "compute.previousPeriod";
    private static final String CAP_PERCENTILE = "compute.capPercentile";
    private static final String MIN_COVERAGE = "compute.minCoverage";

    static ComputeRunContext of(ChunkContext chunkContext) {
        return of(chunkContext.getStepContext().getStepExecution().getJobExecution());
    }

    static ComputeRunContext of(JobExecution execution) {
        ExecutionContext context = execution.getExecutionContext();
        return new ComputeRunContext(context.getLong(RUN_ID),
                execution.getJobParameters().getString(PERIOD_PARAMETER), context.getString(PERIOD_KIND),
                context.getString(PREVIOUS_PERIOD, null),
                new BigDecimal(context.getString(CAP_PERCENTILE)), new BigDecimal(context.getString(MIN_COVERAGE)));
    }

    /** The run id, or null when the job failed before a run was recorded. */
    static Long runIdOf(JobExecution execution) {
        ExecutionContext context = execution.getExecutionContext();
        return context.containsKey(RUN_ID) ? context.getLong(RUN_ID) : null;
    }

    void storeIn(JobExecution execution) {
        ExecutionContext context = execution.getExecutionContext();
        context.putLong(RUN_ID, runId);
        context.putString(PERIOD_KIND, periodKind);
        if (previousPeriod != null) {
            context.putString(PREVIOUS_PERIOD, previousPeriod);
        }
        context.putString(CAP_PERCENTILE, capPercentile.toPlainString());
        context.putString(MIN_COVERAGE, minCoverage.toPlainString());
    }

    boolean annual() {
        return "annual".equals(periodKind);
    }

    /** The bind parameters of the named queries: :run, :period, :previousPeriod, :capPercentile, :minCoverage. */
    MapSqlParameterSource parameters() {
        return new MapSqlParameterSource("run", runId)
                .addValue("period", period)
                .addValue("previousPeriod", previousPeriod, Types.VARCHAR)
                .addValue("capPercentile", capPercentile.doubleValue())
                .addValue("minCoverage", minCoverage);
    }
}
