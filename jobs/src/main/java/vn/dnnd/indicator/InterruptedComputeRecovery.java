package vn.dnnd.indicator;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A pipeline (annualJob, refreshJob) launches computeJob inside its own execution, tagged with that
 * execution's id. When the process is killed during the compute, the computeJob execution stays
 * marked running, and so does its compute run. Only one execution of a pipeline instance runs at a
 * time, so when the pipeline is restarted, a computeJob still marked running that an earlier
 * execution of the same pipeline instance launched belongs to a dead process: it is marked failed
 * (so {@code jobs list} stops showing it as running), its compute run failed, and its staging cleared.
 */
class InterruptedComputeRecovery {

    private static final Logger log = LoggerFactory.getLogger(InterruptedComputeRecovery.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    InterruptedComputeRecovery(JobOperator jobOperator, JobRepository jobRepository, NamedParameterJdbcTemplate jdbc,
                               Clock clock) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Recovers the computeJob executions left running by earlier executions of {@code pipeline}'s instance. */
    void recover(JobExecution pipeline) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("instance", pipeline.getJobInstance().getInstanceId())
                .addValue("current", pipeline.getId())
                .addValue("parameter", ComputeService.PIPELINE_EXECUTION_PARAMETER);
        List<Long> orphans = jdbc.queryForList("""
                select e.job_execution_id from batch_job_execution e
                join batch_job_instance i on i.job_instance_id = e.job_instance_id and i.job_name = 'computeJob'
                join batch_job_execution_params p on p.job_execution_id = e.job_execution_id and p.parameter_name = :parameter
                where e.status in ('STARTING', 'STARTED', 'STOPPING')
                  and p.parameter_value in (select cast(x.job_execution_id as text) from batch_job_execution x
                                            where x.job_instance_id = :instance and x.job_execution_id <> :current)
                order by e.job_execution_id
                """, parameters, Long.class);
        for (long id : orphans) {
            log.warn("Recovering computeJob execution {} left running by an interrupted {} run", id,
                    pipeline.getJobInstance().getJobName());
            jobOperator.recover(jobRepository.getJobExecution(id));
            List<Long> runs = jdbc.queryForList("""
                    update compute_run
                    set status = 'failed', finished_at = :now,
                        failure = 'interrupted: the process running it stopped before the run ended (job execution '
                                  || job_execution_id || ')'
                    where job_execution_id = :execution and status = 'running'
                    returning run_id
                    """, new MapSqlParameterSource("execution", id).addValue("now", OffsetDateTime.now(clock)), Long.class);
            runs.forEach(run -> StagingCleaner.clear(jdbc, run));
        }
    }
}
