package vn.dnnd.indicator;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import vn.dnnd.referencedata.ReferenceDataCheck;
import vn.dnnd.system.BatchJobs;
import vn.dnnd.system.DnndException;
import vn.dnnd.system.NamedQueries;

/** Runs computeJob for a period and reports what the run did, or why it failed. */
@Service
public class ComputeService {

    /** Non-identifying parameter of a computeJob a pipeline launched: the pipeline's job execution id. */
    private static final String PIPELINE_EXECUTION_PARAMETER = "pipelineExecution";

    private final BatchJobs batchJobs;
    private final ReferenceDataCheck referenceData;
    private final Job computeJob;
    private final NamedParameterJdbcTemplate jdbc;
    private final NamedQueries sql;
    private final Clock clock;

    public ComputeService(BatchJobs batchJobs, ReferenceDataCheck referenceData, Job computeJob,
                          NamedParameterJdbcTemplate jdbc, NamedQueries sql, Clock clock) {
        this.batchJobs = batchJobs;
        this.referenceData = referenceData;
        this.computeJob = computeJob;
        this.jdbc = jdbc;
        this.sql = sql;
        this.clock = clock;
    }

    public ComputeResult compute(String periodCode) {
        return compute(periodCode, null);
    }

    /**
     * The compute stage of a pipeline execution: a new computeJob tagged with this execution (a computeJob an
     * earlier, interrupted execution left marked running is settled as it is launched: DeadExecutions).
     */
    public ComputeResult computeFor(JobExecution pipeline, String periodCode) {
        return compute(periodCode, pipeline.getId());
    }

    private ComputeResult compute(String periodCode, Long pipelineExecutionId) {
        // On an empty database "no reporting period" would send the user looking for the wrong mistake.
        referenceData.requireLoaded();
        String period = periodCode.strip();
        Integer known = jdbc.queryForObject("select count(*) from reporting_period where code = :period",
                new MapSqlParameterSource("period", period), Integer.class);
        if (known == null || known == 0) {
            throw new DnndException("Không có kỳ báo cáo " + period, "no reporting period " + period);
        }
        JobParametersBuilder parameters = new JobParametersBuilder()
                .addString(ComputeRunContext.PERIOD_PARAMETER, period)
                .addLocalDateTime("requestedAt", LocalDateTime.now(clock))
                // two computes may be asked for in the same instant; each is its own job instance
                .addString("requestId", UUID.randomUUID().toString());
        if (pipelineExecutionId != null) {
            parameters.addLong(PIPELINE_EXECUTION_PARAMETER, pipelineExecutionId, false);
        }
        JobExecution execution = batchJobs.runToCompletion(computeJob, parameters.toJobParameters());
        return resultOf(ComputeRunContext.runIdOf(execution));
    }

    /** What compute run {@code runId} did, as recorded in {@code compute_run} (the pipeline's run, for instance). */
    public ComputeResult resultOf(long runId) {
        MapSqlParameterSource run = new MapSqlParameterSource("run", runId);
        List<String> missingYears = jdbc.queryForList(sql.get("indicator", "list-missing-years"), run, String.class);
        List<String> stale = jdbc.queryForList(sql.get("indicator", "list-stale-periods"), run, String.class);
        return jdbc.queryForObject("select * from compute_run where run_id = :run", run, (rs, n) -> new ComputeResult(
                runId, rs.getString("period_code"), rs.getString("period_kind"),
                rs.getObject("started_at", OffsetDateTime.class), rs.getLong("duration_ms"),
                rs.getObject("expected", Integer.class), rs.getObject("submissions", Integer.class),
                rs.getObject("ignored_submissions", Integer.class), rs.getObject("awaiting_review", Integer.class),
                rs.getInt("rows_written"),
                rs.getString("previous_period_code"), rs.getObject("previous_run_id", Long.class),
                missingYears, stale));
    }
}
