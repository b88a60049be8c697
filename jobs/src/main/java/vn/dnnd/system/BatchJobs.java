package vn.dnnd.system;

import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * Runs a job to its end and turns anything but COMPLETED into the failure a user can act on: the
 * job's own {@link DnndException} if a step threw one, otherwise one naming the job and its status.
 */
public final class BatchJobs {

    private static final Logger log = LoggerFactory.getLogger(BatchJobs.class);
    private static final int START_ATTEMPTS = 5;

    private BatchJobs() {
    }

    public static JobExecution runToCompletion(JobOperator jobOperator, Job job, JobParameters parameters) {
        JobExecution execution = start(jobOperator, job, parameters);
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            throw failure(job.getName(), execution);
        }
        return execution;
    }

    /**
     * The job repository records a new job instance in a SERIALIZABLE transaction, so two jobs started
     * at the same moment (a schedule and a user, or two periods computed side by side) can make one of
     * them fail to start with a serialization failure. That start is tried again; nothing has run yet.
     * The failed attempt may have left its job instance without an execution, which cannot be started
     * again, so each attempt is a new instance (an extra identifying parameter, startAttempt).
     */
    private static JobExecution start(JobOperator jobOperator, Job job, JobParameters parameters) {
        for (int attempt = 1; ; attempt++) {
            try {
                return jobOperator.start(job, attempt == 1 ? parameters
                        : new JobParametersBuilder(parameters).addLong("startAttempt", (long) attempt).toJobParameters());
            } catch (PessimisticLockingFailureException e) {
                if (attempt == START_ATTEMPTS) {
                    throw new DnndException("Không chạy được " + job.getName(), "cannot run " + job.getName(), e);
                }
                log.warn("{} could not start (attempt {}): {}; trying again", job.getName(), attempt, e.getMessage());
                pause(attempt);
            } catch (Exception e) {
                throw new DnndException("Không chạy được " + job.getName(), "cannot run " + job.getName(), e);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(20, 100) * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DnndException("Bị ngắt khi chờ chạy lại", "interrupted while waiting to retry", e);
        }
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
