package vn.dnnd.operations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;
import vn.dnnd.system.DeadExecutions;

/**
 * What the portal's job monitor shows: the recent executions as {@code jobs list} lists them, with the step
 * each running one is in, and one execution in full. Everything is read from the job repository, so an
 * execution running in another process (another serve instance, a command) shows its progress too: its
 * counts are written at every chunk's commit.
 */
@Component
public class JobMonitor {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 200;

    /** One execution as listed; a running one with the step it is in (null for one that has ended). */
    public record Row(JobHistory.Entry entry, ExecutionDetail.Step currentStep) {

        public boolean running() {
            return BatchStatus.valueOf(entry.status()).isRunning();
        }
    }

    private final JobHistory history;
    private final ApplicationJobs jobs;
    private final BatchControl control;
    private final JobRepository jobRepository;
    private final RunningExecutions running;
    private final DeadExecutions deadExecutions;

    public JobMonitor(JobHistory history, ApplicationJobs jobs, BatchControl control, JobRepository jobRepository,
                      RunningExecutions running, DeadExecutions deadExecutions) {
        this.history = history;
        this.jobs = jobs;
        this.control = control;
        this.jobRepository = jobRepository;
        this.running = running;
        this.deadExecutions = deadExecutions;
    }

    /** The latest executions of {@code jobName} (null: of every job), newest first; an unknown job is refused. */
    public List<Row> recent(String jobName, int limit) {
        if (jobName != null) {
            jobs.job(jobName);
        }
        List<Row> rows = new ArrayList<>();
        for (JobHistory.Entry entry : history.recent(jobName, Math.max(1, Math.min(MAX_LIMIT, limit)))) {
            ExecutionDetail.Step current = null;
            if (BatchStatus.valueOf(entry.status()).isRunning()) {
                JobExecution execution = jobRepository.getJobExecution(entry.executionId());
                current = execution == null ? null : execution.getStepExecutions().stream()
                        .filter(step -> step.getStatus().isRunning())
                        .max((a, b) -> Long.compare(a.getId(), b.getId())).map(ExecutionDetail.Step::of).orElse(null);
            }
            rows.add(new Row(entry, current));
        }
        return rows;
    }

    /** One execution; an unknown id is refused ({@link ExecutionNotFound}). */
    public ExecutionDetail detail(long executionId) {
        JobExecution execution = control.execution(executionId);
        ExecutionDetail.Process process = !execution.getStatus().isRunning() ? ExecutionDetail.Process.NONE
                : running.contains(executionId) ? ExecutionDetail.Process.HERE
                : deadExecutions.abandoned(execution) ? ExecutionDetail.Process.DIED
                : ExecutionDetail.Process.ELSEWHERE;
        JobExecution latest = jobRepository.getLastJobExecution(execution.getJobInstance());
        Long newer = latest == null || latest.getId() == executionId ? null : latest.getId();
        return ExecutionDetail.of(execution, process, newer);
    }

    /** Every job name, for choosing which job's executions to list. */
    public Collection<String> jobNames() {
        return jobs.names();
    }
}
