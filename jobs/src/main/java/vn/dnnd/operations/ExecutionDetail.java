package vn.dnnd.operations;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One job execution as an operator looks at it ({@code jobs show}, the portal's execution page): its
 * parameters, its steps with their counts, the failures shortened ({@link ExitDescriptions}), where it runs,
 * and so what may be done with it: stop a running one, recover one whose process died, restart the latest
 * execution of a failed or stopped job instance.
 */
public record ExecutionDetail(long id, String jobName, long instanceId, BatchStatus status, String exitCode,
                              LocalDateTime startTime, LocalDateTime endTime, List<Parameter> parameters,
                              List<Step> steps, List<String> failures, Process process, Long newerExecutionId) {

    /** Where the execution runs, as far as this process can tell. */
    public enum Process {
        /** It has ended. */
        NONE,
        /** In this process. */
        HERE,
        /** In another process that holds its lease (another serve instance, a command). */
        ELSEWHERE,
        /** Marked running, but no process holds its lease: it died (a kill, a power cut). */
        DIED
    }

    public record Parameter(String name, String value, boolean identifying) {
    }

    /** One step; {@code total} is what the step said it has to read (ProgressTicker.TOTAL_KEY), if it said. */
    public record Step(long id, String name, BatchStatus status, long readCount, long writeCount, long skipCount,
                       long commitCount, long rollbackCount, LocalDateTime startTime, LocalDateTime endTime,
                       String failure, Long total) {

        public boolean running() {
            return status.isRunning();
        }

        /** Percent of the total read, when the step told its total. */
        public Long percent() {
            return total == null || total <= 0 ? null : Math.min(100, readCount * 100 / total);
        }

        static Step of(StepExecution step) {
            ExecutionContext context = step.getExecutionContext();
            Long total = context.containsKey(ProgressTicker.TOTAL_KEY) ? context.getLong(ProgressTicker.TOTAL_KEY) : null;
            String failure = null;
            if (failed(step.getStatus())) {
                failure = context.containsKey(ExitDescriptions.CONTEXT_KEY) ? context.getString(ExitDescriptions.CONTEXT_KEY)
                        : ExitDescriptions.fromDescription(step.getExitStatus().getExitDescription()).orElse(null);
            }
            return new Step(step.getId(), step.getStepName(), step.getStatus(), step.getReadCount(), step.getWriteCount(),
                    step.getSkipCount(), step.getCommitCount(), step.getRollbackCount(), step.getStartTime(),
                    step.getEndTime(), failure, total);
        }
    }

    static ExecutionDetail of(JobExecution execution, Process process, Long newerExecutionId) {
        List<Parameter> parameters = execution.getJobParameters().parameters().stream()
                .sorted(Comparator.comparing(JobParameter::name))
                .map(p -> new Parameter(p.name(), String.valueOf(p.value()), p.identifying())).toList();
        List<Step> steps = execution.getStepExecutions().stream().sorted(Comparator.comparing(StepExecution::getId))
                .map(Step::of).toList();
        // Each failed step's, named; the job's own only when no step says why (it repeats its failed step's).
        Set<String> failures = new LinkedHashSet<>();
        steps.stream().filter(step -> step.failure() != null).forEach(step -> failures.add(step.name() + ": " + step.failure()));
        if (failures.isEmpty() && failed(execution.getStatus())) {
            ExitDescriptions.fromDescription(execution.getExitStatus().getExitDescription()).ifPresent(failures::add);
        }
        return new ExecutionDetail(execution.getId(), execution.getJobInstance().getJobName(),
                execution.getJobInstance().getInstanceId(), execution.getStatus(), execution.getExitStatus().getExitCode(),
                execution.getStartTime(), execution.getEndTime(), parameters, steps, new ArrayList<>(failures), process,
                newerExecutionId);
    }

    public boolean running() {
        return status.isRunning();
    }

    /** Ended in failure (a stopped run is not one: its interruption is no failure to show). */
    static boolean failed(BatchStatus status) {
        return status == BatchStatus.FAILED || status == BatchStatus.UNKNOWN || status == BatchStatus.ABANDONED;
    }

    /** The step running now (the last begun), if any. */
    public Step currentStep() {
        return steps.stream().filter(Step::running).reduce((a, b) -> b).orElse(null);
    }

    public boolean stoppable() {
        return running() && status != BatchStatus.STOPPING && process != Process.DIED;
    }

    public boolean recoverable() {
        return running() && process == Process.DIED;
    }

    /** Failed or stopped, and the latest execution of its job instance: an older one has been restarted already. */
    public boolean restartable() {
        return (status == BatchStatus.FAILED || status == BatchStatus.STOPPED) && newerExecutionId == null;
    }
}
