package vn.dnnd.operations;

import java.util.function.LongConsumer;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Component;
import vn.dnnd.system.DnndException;

/**
 * Starts, restarts, recovers and stops Spring Batch executions for the scheduler and the {@code jobs}
 * commands. Starts are synchronous; the execution id is handed to the caller as soon as the job begins
 * (through {@link TrackingListeners}), so a run killed half-way can be found and recovered later.
 */
@Component
public class BatchControl {

    private static final ThreadLocal<LongConsumer> ON_START = new ThreadLocal<>();

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final ApplicationJobs jobs;
    private final RunningExecutions running;

    public BatchControl(JobOperator jobOperator, JobRepository jobRepository, ApplicationJobs jobs,
                        RunningExecutions running) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.jobs = jobs;
        this.running = running;
    }

    /** Starts the job instance of these parameters; a failed or stopped instance is restarted. */
    public JobExecution start(String jobName, JobParameters parameters, LongConsumer onStart) throws Exception {
        Job job = jobs.job(jobName);
        long[] started = {-1};
        ON_START.set(id -> {
            started[0] = id;
            onStart.accept(id);
        });
        try {
            return jobOperator.start(job, parameters);
        } finally {
            ON_START.remove();
            // Also when the job could not record its own end (database gone): it runs here no more.
            if (started[0] >= 0) {
                running.remove(started[0]);
            }
        }
    }

    /** Restarts a FAILED or STOPPED execution (a new execution of the same job instance). */
    public JobExecution restart(long executionId, LongConsumer onStart) throws Exception {
        JobExecution execution = execution(executionId);
        BatchStatus status = execution.getStatus();
        if (status != BatchStatus.FAILED && status != BatchStatus.STOPPED) {
            throw new DnndException("Lần chạy #" + executionId + " đang ở trạng thái " + status + ", không chạy lại được",
                    "execution " + executionId + " is " + status + "; only FAILED or STOPPED executions can be restarted");
        }
        return start(execution.getJobInstance().getJobName(), execution.getJobParameters(), onStart);
    }

    /** Marks an execution left STARTED by a dead process as FAILED, so that it can be restarted. */
    public JobExecution recover(long executionId) {
        return jobOperator.recover(execution(executionId));
    }

    /**
     * Asks a running execution to stop, from this or another process: the status becomes STOPPING in the
     * repository, the step sees it at its next chunk boundary, commits that chunk and ends STOPPED.
     */
    public boolean requestStop(long executionId) {
        JobExecution execution = execution(executionId);
        if (!execution.getStatus().isRunning()) {
            return false;
        }
        execution.setStatus(BatchStatus.STOPPING);
        jobRepository.update(execution);
        return true;
    }

    public JobExecution execution(long executionId) {
        JobExecution execution;
        try {
            execution = jobRepository.getJobExecution(executionId);
        } catch (EmptyResultDataAccessException e) {
            // the JDBC job repository answers an unknown id with an exception rather than null
            execution = null;
        }
        if (execution == null) {
            throw new DnndException("Không có lần chạy #" + executionId, "no job execution " + executionId);
        }
        return execution;
    }

    /**
     * Only the job that was started is handed to the caller: a pipeline (annualJob, refreshJob) runs its
     * feature jobs on the same thread, and their executions must not take its place in the schedule's run.
     */
    void started(JobExecution execution) {
        running.add(execution.getId());
        LongConsumer onStart = ON_START.get();
        if (onStart != null) {
            ON_START.remove();
            onStart.accept(execution.getId());
        }
    }

    void ended(JobExecution execution) {
        running.remove(execution.getId());
    }
}
