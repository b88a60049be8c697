package vn.dnnd.cluster;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** The partitions of a manager step as the job repository has them, and the changes the manager makes to them. */
final class PartitionStatuses {

    private static final Logger log = LoggerFactory.getLogger(PartitionStatuses.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final JobRepository jobRepository;

    PartitionStatuses(NamedParameterJdbcTemplate jdbc, JobRepository jobRepository) {
        this.jdbc = jdbc;
        this.jobRepository = jobRepository;
    }

    /** Each partition's status, in one query (a manager looks every second). */
    Map<Long, BatchStatus> of(List<Long> ids) {
        Map<Long, BatchStatus> statuses = new HashMap<>();
        jdbc.query("select step_execution_id, status from batch_step_execution where step_execution_id in (:ids)",
                new MapSqlParameterSource("ids", ids),
                row -> { statuses.put(row.getLong(1), BatchStatus.valueOf(row.getString(2))); });
        return statuses;
    }

    /** A failed partition made ready to be sent again: a worker takes only partitions marked STARTING or STARTED. */
    void reopen(long id) {
        StepExecution partition = jobRepository.getStepExecution(id);
        partition.setStatus(BatchStatus.STARTING);
        partition.setExitStatus(ExitStatus.EXECUTING);
        partition.setEndTime(null);
        jobRepository.update(partition);
    }

    /**
     * Marks FAILED every partition of the manager's step that is still marked running, so that the failed job can
     * be restarted at once (Spring Batch refuses a restart while a step execution is running). A request still
     * queued for one of them is then dropped by the worker that takes it; a worker still running one finds its
     * step execution changed under it and stops at its next commit.
     */
    void settleRunning(StepExecution manager, String workerStepName, Exception cause) {
        String why = "not finished when " + manager.getStepName() + " failed: " + PartitionFailures.rootMessage(cause);
        for (StepExecution partition : jobRepository.getJobExecution(manager.getJobExecutionId()).getStepExecutions()) {
            if (partition.getStepName().startsWith(workerStepName + ":") && partition.getStatus().isRunning()) {
                settle(partition.getId(), why);
            }
        }
    }

    private void settle(long id, String why) {
        for (int attempt = 1; ; attempt++) {
            StepExecution partition = jobRepository.getStepExecution(id);
            if (!partition.getStatus().isRunning()) {
                return;
            }
            partition.setStatus(BatchStatus.FAILED);
            partition.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
            partition.setEndTime(LocalDateTime.now());
            try {
                jobRepository.update(partition);
                return;
            } catch (OptimisticLockingFailureException e) {
                if (attempt == 3) {
                    log.warn("partition {} changed three times while being marked failed; left as it is", id);
                    return;
                }
            }
        }
    }
}
