package vn.dnnd.system;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The one way the application launches a job and waits for it: the feature services, the pipelines' stages,
 * the scheduler and the {@code jobs} commands (through {@code BatchControl}) all start and restart here. Each
 * launch first settles the executions of its job whose process died ({@link DeadExecutions}). The
 * {@code ...ToCompletion} methods turn anything but COMPLETED into the failure a user can act on: the job's own
 * {@link DnndException} if a step threw one, otherwise one naming the job, its status and what it failed on.
 * A run the database dropped mid-chunk has ended FAILED, restartable ({@link LostConnectionSettlement}).
 */
@Component
public class BatchJobs {

    private static final Logger log = LoggerFactory.getLogger(BatchJobs.class);
    private static final int START_ATTEMPTS = 5;

    private final JobOperator jobOperator;
    private final DeadExecutions deadExecutions;
    /** Who asked to be told when the execution of a job instance begins, by job name and identifying parameters. */
    private final Map<Launch, LongConsumer> beginning = new ConcurrentHashMap<>();

    public BatchJobs(JobOperator jobOperator, DeadExecutions deadExecutions) {
        this.jobOperator = jobOperator;
        this.deadExecutions = deadExecutions;
    }

    /** What the user is told after the status of a run that did not complete: what became of its work. */
    public record Advice(String vietnamese, String english) {
        public static final Advice NONE = new Advice("", "");
    }

    public JobExecution runToCompletion(Job job, JobParameters parameters) {
        return runToCompletion(job, parameters, Advice.NONE);
    }

    /** Starts the job instance of these parameters (a FAILED or STOPPED one is restarted) and runs it to its end. */
    public JobExecution runToCompletion(Job job, JobParameters parameters, Advice advice) {
        JobExecution execution;
        try {
            execution = launch(job, parameters, null);
        } catch (DnndException e) {
            throw e;
        } catch (JobExecutionException | RuntimeException e) {
            throw cannotRun(job.getName(), e);
        }
        return completed(job.getName(), execution, advice);
    }

    /** Restarts a FAILED or STOPPED execution (a new execution of its job instance) and runs it to its end. */
    public JobExecution restartToCompletion(JobExecution execution, Advice advice) {
        String jobName = execution.getJobInstance().getJobName();
        deadExecutions.settle(jobName);
        JobExecution restarted;
        try {
            restarted = jobOperator.restart(execution);
        } catch (Exception e) {
            throw cannotRun(jobName, e);
        }
        return completed(jobName, restarted, advice);
    }

    /**
     * Starts the job instance of these parameters (a FAILED or STOPPED instance is restarted) and waits for its
     * end, whatever its status. {@code onBegin}, if given, is told the execution's id as soon as it begins;
     * the executions of other jobs it launches in turn (a pipeline's stages) are not its own. Throws what
     * {@link JobOperator#start} throws, e.g. when the instance is already running or complete.
     */
    public JobExecution launch(Job job, JobParameters parameters, LongConsumer onBegin) throws JobExecutionException {
        deadExecutions.settle(job.getName());
        return start(job, parameters, onBegin);
    }

    /** Told by every job, as it begins (LeasedJobs). */
    void begun(JobExecution execution) {
        LongConsumer onBegin = beginning.remove(Launch.of(execution.getJobInstance().getJobName(),
                execution.getJobParameters()));
        if (onBegin != null) {
            onBegin.accept(execution.getId());
        }
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
    private JobExecution start(Job job, JobParameters parameters, LongConsumer onBegin) throws JobExecutionException {
        for (int attempt = 1; ; attempt++) {
            JobParameters attempted = attempt == 1 ? parameters
                    : new JobParametersBuilder(parameters).addLong("startAttempt", (long) attempt).toJobParameters();
            Launch launch = Launch.of(job.getName(), attempted);
            // A launch of an instance this process is already launching will be refused as already running.
            boolean told = onBegin != null && beginning.putIfAbsent(launch, onBegin) == null;
            try {
                return jobOperator.start(job, attempted);
            } catch (PessimisticLockingFailureException e) {
                if (attempt == START_ATTEMPTS) {
                    throw cannotRun(job.getName(), e);
                }
                log.warn("{} could not start (attempt {}): {}; trying again", job.getName(), attempt, e.getMessage());
                pause(attempt);
            } finally {
                if (told) {
                    beginning.remove(launch, onBegin);
                }
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

    /**
     * A step's own DnndException, wherever it is in the chain, is the failure; otherwise one naming this job.
     * A pipeline's stage that failed this way names the stage's job, and the pipeline's failure says both.
     */
    private static RuntimeException failure(String jobName, JobExecution execution, Advice advice) {
        for (Throwable failure : execution.getAllFailureExceptions()) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof DnndException known && !(known instanceof Ended)) {
                    return known;
                }
            }
        }
        Throwable first = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
        String english = first instanceof Ended inner ? inner.english()
                : first == null ? null : first.getMessage();
        return new Ended(jobName + " dừng với trạng thái " + execution.getStatus() + advice.vietnamese(),
                jobName + " ended " + execution.getStatus() + (english == null ? "" : ": " + english)
                        + advice.english(), first);
    }

    /** A job that ended other than COMPLETED, with no failure of its own the user could act on. */
    private static final class Ended extends DnndException {

        Ended(String vietnamese, String english, Throwable cause) {
            super(vietnamese, english, cause);
        }
    }

    /** A job instance: the job's name and its identifying parameters. */
    private record Launch(String jobName, Set<JobParameter<?>> identifying) {

        static Launch of(String jobName, JobParameters parameters) {
            return new Launch(jobName, parameters.getIdentifyingParameters());
        }
    }
}
