package vn.dnnd.system;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;

/**
 * Runs a job to its end and turns anything but COMPLETED into the failure a user can act on: the
 * job's own {@link DnndException} if a step threw one, otherwise one naming the job and its status.
 */
public final class BatchJobs {

    private BatchJobs() {
    }

    public static JobExecution runToCompletion(JobOperator jobOperator, Job job, JobParameters parameters) {
        JobExecution execution;
        try {
            execution = jobOperator.start(job, parameters);
        } catch (Exception e) {
            throw new DnndException("Không chạy được " + job.getName(), "cannot run " + job.getName(), e);
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            throw failure(job.getName(), execution);
        }
        return execution;
    }

    private static RuntimeException failure(String jobName, JobExecution execution) {
        for (Throwable failure : execution.getAllFailureExceptions()) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof DnndException known) {
                    return known;
                }
            }
        }
        Throwable first = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
        return new DnndException(jobName + " kết thúc với trạng thái " + execution.getStatus(),
                jobName + " ended " + execution.getStatus() + (first == null ? "" : ": " + first.getMessage()), first);
    }
}
