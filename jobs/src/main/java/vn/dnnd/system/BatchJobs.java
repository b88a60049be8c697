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
import org.springframework.stereotype.Component;

/**
 * Runs a job, or restarts an execution, to its end and turns anything but COMPLETED into the failure a user
 * can act on: the job's own {@link DnndException} if a step threw one, otherwise one naming the job and its
 * status. A run the database dropped mid-chunk has ended FAILED, restartable ({@link LostConnectionSettlement}).
 */
@Component
public class BatchJobs {

    private static final Logger log = LoggerFactory.getLogger(BatchJobs.class);
    private static final int START_ATTEMPTS = 5;

    private final JobOperator jobOperator;

    public BatchJobs(JobOperator jobOperator) {
        this.jobOperator = jobOperator;
    }

    /** What the user is told after the status of a run that did not complete: what became of its work. */
    public record Advice(String vietnamese, String english) {
        public static final Advice NONE = new Advice("", "");
    }

    public JobExecution runToCompletion(Job job, JobParameters parameters) {
        return runToCompletion(job, parameters, Advice.NONE);
    }

    public JobExecution runToCompletion(Job job, JobParameters parameters, Advice advice) {
        return completed(job.getName(), start(job, parameters), advice);
    }

    /** Restarts a FAILED or STOPPED execution (a new execution of its job instance) and runs it to its end. */
    public JobExecution restartToCompletion(JobExecution execution, Advice advice) {
        String jobName = execution.getJobInstance().getJobName();
        JobExecution restarted;
        try {
            restarted = jobOperator.restart(execution);
        } catch (Exception e) {
            throw cannotRun(jobName, e);
        }
        return completed(jobName, restarted, advice);
    }

    private static JobExecution completed(String jobName, JobExecution execution, Advice advice) {
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            throw failure(jobName, execution, advice);
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
    private JobExecution start(Job job, JobParameters parameters) {
        for (int attempt = 1; ; attempt++) {
            try {
                return jobOperator.start(job, attempt == 1 ? parameters
                        : new JobParametersBuilder(parameters).addLong("startAttempt", (long) attempt).toJobParameters());
            } catch (PessimisticLockingFailureException e) {
                if (attempt == START_ATTEMPTS) {
                    throw cannotRun(job.getName(), e);
                }
                log.warn("{} could not start (attempt {}): {}; trying again", job.getName(), attempt, e.getMessage());
                pause(attempt);
            } catch (Exception e) {
                throw cannotRun(job.getName(), e);
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

    private static DnndException cannotRun(String jobName, Exception e) {
        return new DnndException("Không chạy được " + jobName, "cannot run " + jobName + ": " + e.getMessage(), e);
    }

    private static RuntimeException failure(String jobName, JobExecution execution, Advice advice) {
        for (Throwable failure : execution.getAllFailureExceptions()) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof DnndException known) {
                    return known;
                }
            }
        }
        Throwable first = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
        return new DnndException(jobName + " dừng với trạng thái " + execution.getStatus() + advice.vietnamese(),
                jobName + " ended " + execution.getStatus() + (first == null ? "" : ": " + first.getMessage())
                        + advice.english(), first);
    }
}
