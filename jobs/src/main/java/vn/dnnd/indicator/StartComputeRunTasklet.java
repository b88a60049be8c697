package vn.dnnd.indicator;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import vn.dnnd.system.DnndException;
import vn.dnnd.system.NamedQueries;

/**
 * Records a new run ('running') of the job's period with the score settings in force, and puts the
 * run into the job's execution context for the later steps. Runs of the period that nothing builds any
 * more and no lease can vouch for are given up first ({@link ComputeRunLeftovers#abandonUnowned}).
 */
class StartComputeRunTasklet implements Tasklet {

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedQueries sql;
    private final ScoreProperties scores;
    private final Clock clock;
    private final ComputeRunLeftovers leftovers;

    StartComputeRunTasklet(NamedParameterJdbcTemplate jdbc, NamedQueries sql, ScoreProperties scores, Clock clock,
                           ComputeRunLeftovers leftovers) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.scores = scores;
        this.clock = clock;
        this.leftovers = leftovers;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        String period = job.getJobParameters().getString(ComputeRunContext.PERIOD_PARAMETER);
        leftovers.abandonUnowned(period);
        refuseDetached(period);
        Map<String, Object> run = jdbc.queryForList(sql.get("indicator", "start-run"),
                        new MapSqlParameterSource("period", period)
                        .addValue("startedAt", OffsetDateTime.now(clock))
                        .addValue("jobExecutionId", job.getId())
                        .addValue("capPercentile", scores.capPercentile())
                        .addValue("minCoverage", scores.minCoverage()))
                .stream().findFirst()
                .orElseThrow(() -> new DnndException("Không có kỳ báo cáo " + period, "no reporting period " + period));
        new ComputeRunContext(((Number) run.get("run_id")).longValue(), period, (String) run.get("period_kind"),
                (String) run.get("previous_period_code"), scores.capPercentile(), scores.minCoverage())
                .storeIn(job);
        return RepeatStatus.FINISHED;
    }

    /**
     * A period whose submitted values were detached (README, "Old years") would compute as if nobody had answered
     * anything: missing is not zero, and here everything would be missing.
     */
    private void refuseDetached(String period) {
        Boolean detached = jdbc.queryForObject("""
                select exists (select 1 from reporting_period where code = :period)
                   and not exists (select 1 from pg_inherits i join pg_class c on c.oid = i.inhrelid
                                   where i.inhparent = 'submission_value'::regclass
                                     and pg_get_expr(c.relpartbound, c.oid) = format('FOR VALUES IN (%L)', cast(:period as text)))""",
                new MapSqlParameterSource("period", period), Boolean.class);
        if (Boolean.TRUE.equals(detached)) {
            throw new DnndException("Số liệu đã nộp của kỳ " + period + " đã được tách khỏi cơ sở dữ liệu (README, \"Old years\"); "
                    + "hãy gắn lại bảng submission_value của kỳ trước khi tính lại", "the submitted values of period " + period
                    + " were detached from the database (README, \"Old years\"); attach its submission_value partition again "
                    + "before computing it");
        }
    }
}
