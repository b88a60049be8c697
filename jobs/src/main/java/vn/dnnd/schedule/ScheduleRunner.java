package vn.dnnd.schedule;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;
import vn.dnnd.operations.BatchControl;
import vn.dnnd.operations.ConsoleProgress;
import vn.dnnd.operations.ExecutionLines;
import vn.dnnd.operations.RunningExecutions;
import vn.dnnd.referencedata.ReportingPeriod;
import vn.dnnd.referencedata.ReportingPeriods;

/**
 * What one fire of a schedule does. It records the occurrences the fire asks for, then brings every open
 * occurrence of the schedule forward: starts what never ran, restarts what failed or was interrupted
 * (until max-attempts, then reports it), restarts a run left STARTED by an instance that died (the launch
 * marks it FAILED first: DeadExecutions), and skips (recording the skip) a job instance that is already
 * running elsewhere.
 */
@Component
public class ScheduleRunner {

    private static final Logger log = LoggerFactory.getLogger(ScheduleRunner.class);

    private final ScheduleCatalog catalog;
    private final FirePlanner planner;
    private final ReportingPeriods periods;
    private final ScheduleRunLedger ledger;
    private final BatchControl control;
    private final JobRepository jobRepository;
    private final ClusterMembers members;
    private final RunningExecutions running;
    private final ConsoleProgress console;

    public ScheduleRunner(ScheduleCatalog catalog, FirePlanner planner, ReportingPeriods periods, ScheduleRunLedger ledger,
                          BatchControl control, JobRepository jobRepository, ClusterMembers members,
                          RunningExecutions running, ConsoleProgress console) {
        this.catalog = catalog;
        this.planner = planner;
        this.periods = periods;
        this.ledger = ledger;
        this.control = control;
        this.jobRepository = jobRepository;
        this.members = members;
        this.running = running;
        this.console = console;
    }

    public void fire(String scheduleName, Instant scheduledAt, boolean recovering) {
        Optional<ScheduleDefinition> found = catalog.find(scheduleName).filter(ScheduleDefinition::enabled);
        if (found.isEmpty()) {
            console.warn("Lịch " + scheduleName + " không còn hoặc đã tắt trong cấu hình, bỏ qua (schedule removed or disabled, ignored)");
            return;
        }
        ScheduleDefinition definition = found.get();
        ZonedDateTime fireTime = scheduledAt.atZone(definition.zone());
        if (recovering) {
            console.print("Lịch " + scheduleName + ": khôi phục sau khi một phiên bản dừng đột ngột "
                    + "(recovering after an instance died)");
        }
        List<ReportingPeriod> candidates = definition.timing().perPeriod()
                ? periods.ofKind(definition.periodKind()) : List.of();
        for (LaunchRequest request : planner.plan(definition, fireTime, candidates)) {
            ledger.open(definition, request, fireTime);
        }
        for (ScheduleRun run : ledger.openRuns(scheduleName)) {
            try {
                advance(definition, run, fireTime);
            } catch (RuntimeException e) {
                log.error("Schedule {} run {} could not be advanced", scheduleName, run.runId(), e);
                ledger.finish(run.runId(), ScheduleRun.FAILED, null, e.getMessage());
                console.warn("✗ Lịch " + scheduleName + " (" + run.occurrence() + "): lỗi (error) " + e.getMessage());
            }
        }
    }

    private void advance(ScheduleDefinition definition, ScheduleRun run, ZonedDateTime fireTime) {
        JobParameters parameters = ParameterTemplate.deserialize(run.jobParameters());
        JobExecution last = jobRepository.getLastJobExecution(run.jobName(), parameters);
        if (last == null) {
            launch(definition, run, fireTime, parameters, null);
            return;
        }
        BatchStatus status = last.getStatus();
        if (status.isRunning()) {
            boolean ours = run.instanceName() != null && ScheduleRun.RUNNING.equals(run.outcome())
                    && (run.jobExecutionId() == null || run.jobExecutionId() == last.getId());
            if (ours && !members.runs(run.instanceName(), last.getId())) {
                launch(definition, run, fireTime, parameters, last);
            } else if (!ours || !running.contains(last.getId())) {
                ledger.skipped(run.runId(), last.getId(), fireTime, "đang chạy, không khởi động lại (already running: execution "
                        + last.getId() + ")");
                console.print("• " + definition.name() + ": " + run.jobName() + " #" + last.getId()
                        + " vẫn đang chạy, bỏ qua lần này (still running, this fire skipped)");
            }
            return;
        }
        if (status == BatchStatus.COMPLETED) {
            // Never started by this schedule: someone else (a command, another schedule) ran the same job instance.
            ledger.finish(run.runId(), ScheduleRun.COMPLETED, last.getId(), run.attempts() > 0 ? null
                    : "đã hoàn thành ở lần chạy #" + last.getId() + " (completed by execution " + last.getId() + ")");
            return;
        }
        if (status == BatchStatus.ABANDONED || status == BatchStatus.UNKNOWN || run.attempts() >= definition.maxAttempts()) {
            giveUp(definition, run, last, run.attempts());
            return;
        }
        launch(definition, run, fireTime, parameters, last);
    }

    private void launch(ScheduleDefinition definition, ScheduleRun run, ZonedDateTime fireTime, JobParameters parameters,
                        JobExecution previous) {
        launch(definition, run, fireTime, parameters, previous, id -> { });
    }

    /**
     * Starts (or restarts) the run's job instance, if this instance wins the claim, and records how it ended;
     * {@code onStart} is told the execution's id as soon as it begins (an administrator's run now waits for it).
     */
    void launch(ScheduleDefinition definition, ScheduleRun run, ZonedDateTime fireTime, JobParameters parameters,
                JobExecution previous, LongConsumer onStart) {
        if (!ledger.claim(run, members.me(), fireTime)) {
            return;
        }
        int attempt = run.attempts() + 1;
        if (previous != null && previous.getStatus().isRunning()) {
            // The launch settles it first, as it does every dead execution of its job (DeadExecutions).
            console.print("↻ " + definition.name() + ": " + run.jobName() + " #" + previous.getId()
                    + " bị gián đoạn khi phiên bản " + run.instanceName() + " dừng đột ngột, đã khôi phục "
                    + "(interrupted when its instance died; recovered, restarting)");
        }
        console.print("▶ " + definition.name() + ": " + (previous == null ? "chạy (starting) " : "chạy lại (restarting) ")
                + run.jobName() + " " + run.occurrence() + " — lần thử (attempt) " + attempt + "/" + definition.maxAttempts());
        JobExecution execution;
        try {
            execution = control.start(run.jobName(), parameters, id -> {
                ledger.attachExecution(run.runId(), id);
                onStart.accept(id);
            });
        } catch (JobExecutionAlreadyRunningException e) {
            JobExecution other = jobRepository.getLastJobExecution(run.jobName(), parameters);
            ledger.skipped(run.runId(), other == null ? 0 : other.getId(), fireTime, "đang chạy (already running)");
            return;
        } catch (Exception e) {
            log.error("Schedule {} could not start {}", definition.name(), run.jobName(), e);
            String outcome = attempt >= definition.maxAttempts() ? ScheduleRun.GAVE_UP : ScheduleRun.FAILED;
            ledger.finish(run.runId(), outcome, null, e.getMessage());
            console.warn("✗ " + definition.name() + ": không khởi động được (could not start) " + run.jobName() + ": "
                    + e.getMessage());
            return;
        }
        record(definition, run, attempt, execution);
    }

    /** {@code execution} has ended; one the database dropped mid-chunk ended FAILED, not UNKNOWN (LostConnectionSettlement). */
    private void record(ScheduleDefinition definition, ScheduleRun run, int attempt, JobExecution execution) {
        BatchStatus status = execution.getStatus();
        console.print(ExecutionLines.job(execution));
        if (status == BatchStatus.COMPLETED) {
            ledger.finish(run.runId(), ScheduleRun.COMPLETED, execution.getId(), null);
        } else if (status == BatchStatus.STOPPED) {
            boolean interrupted = running.shuttingDown();
            ledger.finish(run.runId(), interrupted ? ScheduleRun.INTERRUPTED : ScheduleRun.STOPPED, execution.getId(),
                    interrupted ? "dừng khi tắt máy chủ, sẽ chạy tiếp (stopped by shutdown; resumes at the next fire)"
                            : "dừng theo yêu cầu (stopped by an operator; dnnd jobs restart " + execution.getId() + ")");
        } else if (attempt >= definition.maxAttempts() || status == BatchStatus.UNKNOWN) {
            giveUp(definition, run, execution, attempt);
        } else {
            ledger.finish(run.runId(), ScheduleRun.FAILED, execution.getId(), failure(execution));
            console.warn("✗ " + definition.name() + ": " + run.jobName() + " #" + execution.getId() + " lỗi (failed), lần thử "
                    + attempt + "/" + definition.maxAttempts() + "; sẽ chạy lại ở lần kích hoạt sau (restarted at the next fire): "
                    + failure(execution));
        }
    }

    private void giveUp(ScheduleDefinition definition, ScheduleRun run, JobExecution execution, int attempts) {
        String message = "đã thử " + attempts + " lần, lần chạy #" + execution.getId() + " "
                + execution.getStatus() + ": " + failure(execution) + " (gave up; needs attention: dnnd jobs restart "
                + execution.getId() + ")";
        ledger.finish(run.runId(), ScheduleRun.GAVE_UP, execution.getId(), message);
        log.error("Schedule {} gave up on {} {}: {}", definition.name(), run.jobName(), run.occurrence(), message);
        console.warn("‼ " + definition.name() + ": " + run.jobName() + " " + run.occurrence() + " — cần xử lý (needs attention): "
                + message);
    }

    private static String failure(JobExecution execution) {
        return execution.getAllFailureExceptions().stream().findFirst()
                .map(e -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse(""))
                .orElse(execution.getExitStatus().getExitDescription().lines().findFirst().orElse(String.valueOf(execution.getStatus())));
    }
}
