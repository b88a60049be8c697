package vn.dnnd.system;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one recovery model for a job execution whose process died mid-job (kill -9, power loss, a {@code serve}
 * instance gone); README, "After a crash".
 * <ul>
 * <li><b>Recognised</b> by its lease: every execution of every job holds one from its first listener to its
 * last ({@link ExecutionLeases}, taken by {@link LeasedJobs}), and PostgreSQL drops it with the process. An
 * execution marked running (STARTING, STARTED, STOPPING) whose lease nobody holds, on two looks a second
 * apart, and that has begun a step or was created more than a minute ago, has no process behind it. The
 * second look is for a run that has just ended (it lets its lease go a moment before its end is recorded),
 * the minute for one that was created but has not taken its lease yet.</li>
 * <li><b>Settled</b> once, holding its lease so that two processes that find it at once do not both settle
 * it: its job's {@link JobLeftovers#died} hook cleans what the feature left (computeJob: its run failed and
 * its staging cleared), then the execution and its running steps are marked FAILED with an exit description
 * beginning "process died", and it is restartable like any failed execution. Jobs without a hook leave
 * nothing a restart does not take over: renderJob renders the same edition into its staging again; ingestJob's
 * copies under {@code archive/.incoming} are cleared by the next ingest, and the next ingest of the same
 * inbox resumes the dead run first ({@link #unresumed}).</li>
 * <li><b>When</b>: before every start or restart of a job, for that job's dead executions ({@link BatchJobs},
 * the one way the application launches a job: commands, schedules, the pipelines' stages, {@code jobs
 * restart}); and for one execution on {@code jobs restart ID --recover}.</li>
 * </ul>
 * The same hook cleans up after an execution that fails in its own process ({@link JobLeftovers#failed}), so
 * a feature has one place for what a run that did not complete leaves. An execution whose process lives but
 * lost its database connection is not dead: it settles its own end ({@link LostConnectionSettlement}).
 */
@Component
public class DeadExecutions {

    /** How the exit description of every execution settled here begins. */
    static final String DIED = "process died";

    private static final Logger log = LoggerFactory.getLogger(DeadExecutions.class);
    /** An execution takes its lease milliseconds after it is created; one without it a minute later never will. */
    private static final Duration STARTING = Duration.ofMinutes(1);

    private final JobRepository jobRepository;
    private final ExecutionLeases leases;
    private final Map<String, JobLeftovers> leftovers;
    private final NamedParameterJdbcTemplate jdbc;
    private final NamedQueries sql;

    public DeadExecutions(JobRepository jobRepository, ExecutionLeases leases, List<JobLeftovers> leftovers,
                          NamedParameterJdbcTemplate jdbc, NamedQueries sql) {
        this.jobRepository = jobRepository;
        this.leases = leases;
        this.leftovers = leftovers.stream().collect(Collectors.toMap(JobLeftovers::jobName, Function.identity()));
        this.jdbc = jdbc;
        this.sql = sql;
    }

    /** Settles every execution of the job whose process died; returns those this call settled, oldest first. */
    public List<JobExecution> settle(String jobName) {
        List<Long> suspects = jobRepository.findRunningJobExecutions(jobName).stream()
                .filter(this::unleased).map(JobExecution::getId).sorted(Comparator.naturalOrder()).toList();
        if (suspects.isEmpty()) {
            return List.of();
        }
        pause();
        List<JobExecution> settled = new ArrayList<>();
        for (long id : suspects) {
            settled.addAll(settleIfDead(id));
        }
        return settled;
    }

    /**
     * One execution ({@code jobs restart ID --recover}): settled if its process died; refused if it is alive.
     * Returns the execution as the repository has it now.
     */
    public JobExecution settle(JobExecution execution) {
        if (execution.getStatus().isRunning() && unleased(execution)) {
            pause();
            settleIfDead(execution.getId());
        }
        JobExecution now = jobRepository.getJobExecution(execution.getId());
        if (now.getStatus().isRunning()) {
            throw stillRunning(now.getId());
        }
        return now;
    }

    /** Why an execution whose process lives is not settled. */
    public static DnndException stillRunning(long executionId) {
        return new DnndException("Lần chạy #" + executionId + " vẫn đang chạy: tiến trình chạy nó còn sống (hoặc nó "
                + "mới bắt đầu chưa đến một phút)", "execution " + executionId + " is still running: the process "
                + "running it holds its lease (or it began less than a minute ago)");
    }

    /**
     * Whether the execution is marked running and no process holds its lease: the first look only, for a page
     * that offers to recover it; {@link #settle(JobExecution)} looks again before it marks anything.
     */
    public boolean abandoned(JobExecution execution) {
        return execution.getStatus().isRunning() && unleased(execution);
    }

    /**
     * The executions of the job settled here, now or before, that nobody has restarted since, oldest first:
     * for a feature that resumes what its dead runs began (ingest, on the same inbox).
     */
    public List<JobExecution> unresumed(String jobName) {
        settle(jobName);
        return jdbc.queryForList(sql.get("system", "list-unresumed-executions"),
                        new MapSqlParameterSource("job", jobName).addValue("died", DIED + "%"), Long.class)
                .stream().map(jobRepository::getJobExecution).toList();
    }

    /** An execution ended without completing in its own process ({@link LeasedJobs}, before it lets its lease go). */
    void failed(JobExecution execution) {
        JobLeftovers hook = leftovers.get(execution.getJobInstance().getJobName());
        if (hook != null) {
            hook.failed(execution);
        }
    }

    /** The first look: marked running, past the moment before it takes its lease, and nobody holds it. */
    private boolean unleased(JobExecution execution) {
        LocalDateTime created = execution.getCreateTime();
        boolean leaseTaken = !execution.getStepExecutions().isEmpty()
                || (created != null && created.isBefore(LocalDateTime.now().minus(STARTING)));
        return leaseTaken && !leases.held(execution.getId());
    }

    /** The second look, holding the lease: still running, so nobody will end it but us. */
    private List<JobExecution> settleIfDead(long executionId) {
        List<JobExecution> settled = new ArrayList<>(1);
        leases.ifFree(executionId, () -> {
            JobExecution execution = jobRepository.getJobExecution(executionId);
            if (execution.getStatus().isRunning()) {
                cleanUpAndFail(execution);
                settled.add(execution);
            }
        });
        return settled;
    }

    private void cleanUpAndFail(JobExecution execution) {
        String jobName = execution.getJobInstance().getJobName();
        log.warn("{} execution {} was left running by a process that died; marking it FAILED", jobName,
                execution.getId());
        JobLeftovers hook = leftovers.get(jobName);
        if (hook != null) {
            hook.died(execution);
        }
        String why = DIED + " before execution " + execution.getId() + " ended (nobody held its lease); "
                + "marked FAILED, restartable";
        LocalDateTime now = LocalDateTime.now();
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus().isRunning()) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
                step.setEndTime(now);
                jobRepository.update(step);
            }
        }
        execution.setStatus(BatchStatus.FAILED);
        execution.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
        execution.setEndTime(now);
        jobRepository.update(execution);
    }

    /** Long enough for an execution that has just let its lease go to record its end. */
    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DnndException("Bị ngắt khi kiểm tra lần chạy bị gián đoạn",
                    "interrupted while checking for executions left by a dead process", e);
        }
    }
}
