package vn.dnnd.operations;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * While {@code serve} runs (or any command that attaches {@link ConsoleProgress} and calls {@link #start(Duration)}),
 * prints the progress of the steps running in this JVM every few seconds:
 * rows read and written, and a percentage when a step puts its total in its execution context under
 * {@value #TOTAL_KEY} (a job that knows how many files or rows it has can do so in its reader's open).
 */
@Component
public class ProgressTicker {

    public static final String TOTAL_KEY = "dnnd.progress.total";

    private final RunningExecutions running;
    private final JobRepository jobRepository;
    private final ConsoleProgress console;
    private final Map<Long, String> lastPrinted = new ConcurrentHashMap<>();
    private ScheduledExecutorService executor;

    public ProgressTicker(RunningExecutions running, JobRepository jobRepository, ConsoleProgress console) {
        this.running = running;
        this.jobRepository = jobRepository;
        this.console = console;
    }

    /** The interval is the caller's (serve: dnnd.schedule.progress-interval): operations read no schedule settings. */
    public synchronized void start(Duration interval) {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "dnnd-progress");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        executor.scheduleWithFixedDelay(this::tick, millis, millis, TimeUnit.MILLISECONDS);
    }

    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    private void tick() {
        try {
            for (long id : running.ids()) {
                JobExecution execution = jobRepository.getJobExecution(id);
                if (execution == null) {
                    continue;
                }
                for (StepExecution step : execution.getStepExecutions()) {
                    if (step.getStatus().isRunning()) {
                        printIfChanged(execution, step);
                    }
                }
            }
        } catch (RuntimeException e) {
            console.warn("Không đọc được tiến độ (cannot read progress): " + e.getMessage());
        }
    }

    private void printIfChanged(JobExecution execution, StepExecution step) {
        String counts = String.format(Locale.ROOT, "đọc (read) %d, ghi (written) %d", step.getReadCount(), step.getWriteCount());
        if (step.getExecutionContext().containsKey(TOTAL_KEY)) {
            long total = step.getExecutionContext().getLong(TOTAL_KEY);
            if (total > 0) {
                counts += String.format(Locale.ROOT, " / %d (%d%%)", total, Math.min(100, step.getReadCount() * 100 / total));
            }
        }
        if (!counts.equals(lastPrinted.put(step.getId(), counts))) {
            console.print("  … " + execution.getJobInstance().getJobName() + " #" + execution.getId() + " "
                    + step.getStepName() + ": " + counts);
        }
    }
}
