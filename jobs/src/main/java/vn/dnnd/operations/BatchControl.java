package vn.dnnd.operations;

import java.util.function.LongConsumer;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Component;
import vn.dnnd.system.BatchJobs;
import vn.dnnd.system.DeadExecutions;
import vn.dnnd.system.DnndException;

/**
 * Starts, restarts, recovers and stops Spring Batch executions for the scheduler and the {@code jobs}
 * commands, launching through {@link BatchJobs} like every other launch. Starts are synchronous; the
 * execution id is handed to the caller as soon as the job begins, so a run killed half-way can be found
 * and recovered later; and this process's running executions are kept in {@link RunningExecutions}.
 */
@Component
public class BatchControl {

    private final BatchJobs batchJobs;
    private final DeadExecutions deadExecutions;
    private final JobRepository jobRepository;
    private final ApplicationJobs jobs;
    private final RunningExecutions running;

    public BatchControl(BatchJobs batchJobs, DeadExecutions deadExecutions, JobRepository jobRepository,
                        ApplicationJobs jobs, RunningExecutions running) {
        this.batchJobs = batchJobs;
        this.deadExecutions = deadExecutions;
        this.jobRepository = jobRepository;
        this.jobs = jobs;
        this.running = running;
    }

    /**
     * Starts the job instance of these parameters; a failed or stopped instance is restarted. Only the job
     * started is handed to {@code onStart}: a pipeline (annualJob, refreshJob) runs its stages' jobs on the same
     * thread, and their executions must not take its place in the schedule's run.
     */
    public JobExecution start(String jobName, JobParameters parameters, LongConsumer onStart) throws Exception {
        long[] started = {-1};
        try {
            return batchJobs.launch(jobs.job(jobName), parameters, id -> {
                started[0] = id;
                onStart.accept(id);
            });
        } finally {
            // Also when the job could not record its own end (database gone): it runs here no more.
            if (started[0] >= 0) {
                running.remove(started[0]);
            }
        }
    }

    /** Restarts a FAILED or STOPPED execution (a new execution of the same job instance). */
    public JobExecution restart(long executionId, LongConsumer onStart) throws Exception {
        JobExecution execution = requireRestartable(execution(executionId));
        return start(execution.getJobInstance().getJobName(), execution.getJobParameters(), onStart);
    }

    /** Only a FAILED or STOPPED execution can be restarted; anything else is refused with its status named. */
    public static JobExecution requireRestartable(JobExecution execution) {
        BatchStatus status = execution.getStatus();
        if (status != BatchStatus.FAILED && status != BatchStatus.STOPPED) {
            throw new DnndException("Lần chạy #" + execution.getId() + " đang ở trạng thái " + status
                    + ", không chạy lại được", "execution " + execution.getId() + " is " + status
                    + "; only FAILED or STOPPED executions can be restarted");
        }
        return execution;
    }

    /**
     * Marks an execution left STARTED by a dead process as FAILED, so that it can be restarted; refuses one whose
     * process is alive ({@link DeadExecutions}).
     */
    public JobExecution recover(long executionId) {
        return deadExecutions.settle(execution(executionId));
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

    /** {@link #requestStop}, refusing an execution that is not running with its status named. */
    public void stop(long executionId) {
        if (!requestStop(executionId)) {
            throw notRunning(execution(executionId));
        }
    }

    /** The execution, if it is running (what may be stopped); otherwise refused with its status named. */
    public JobExecution requireRunning(long executionId) {
        JobExecution execution = execution(executionId);
        if (!execution.getStatus().isRunning()) {
            throw notRunning(execution);
        }
        return execution;
    }

    /**
     * What the portal's "recover" is for: an execution marked running whose process died ({@link #recover} then
     * marks it FAILED). One that has ended is refused (restart it as it is), and so is one whose process lives.
     * ({@code jobs restart --recover} is laxer: on an execution that has ended it simply restarts it.)
     */
    public JobExecution requireRecoverable(long executionId) {
        JobExecution execution = requireRunning(executionId);
        if (!deadExecutions.abandoned(execution)) {
            throw DeadExecutions.stillRunning(executionId);
        }
        return execution;
    }

    private static DnndException notRunning(JobExecution execution) {
        return new DnndException("Lần chạy #" + execution.getId() + " không đang chạy (" + execution.getStatus() + ")",
                "execution " + execution.getId() + " is not running");
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
            throw new ExecutionNotFound(executionId);
        }
        return execution;
    }

    void started(JobExecution execution) {
        running.add(execution.getId());
    }

    void ended(JobExecution execution) {
        running.remove(execution.getId());
    }
}
