package vn.dnnd.operations;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import vn.dnnd.system.DnndException;

/**
 * Restarts asked for by an operator in the portal, run on threads of their own so that the request that asked
 * returns as soon as the new execution has begun (its id is what the operator is sent to), not when the job
 * ends. The launch is {@link BatchControl}'s, the same as {@code jobs restart}'s; a shutdown stops these runs
 * as it stops every run of this process (GracefulShutdown asks each to stop, and they resume when restarted).
 * The pool is private: a second Executor bean would change which executor Spring components pick by type.
 */
@Component
public class BackgroundRestarts implements DisposableBean {

    /** Restarts running at once from this process; one more is refused rather than queued behind a long job. */
    static final int THREADS = 4;
    /** Starting takes milliseconds; settling a dead execution of the same job first, about a second. */
    private static final Duration BEGIN_WAIT = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(BackgroundRestarts.class);

    private final BatchControl control;
    private final JobMonitor monitor;
    private final ConsoleProgress console;
    private final ThreadPoolTaskExecutor threads = new ThreadPoolTaskExecutor();

    public BackgroundRestarts(BatchControl control, JobMonitor monitor, ConsoleProgress console) {
        this.control = control;
        this.monitor = monitor;
        this.console = console;
        threads.setThreadNamePrefix("operator-restart-");
        threads.setCorePoolSize(THREADS);
        threads.setMaxPoolSize(THREADS);
        threads.setQueueCapacity(0);
        threads.setDaemon(true);
        // Never interrupt a job at shutdown: GracefulShutdown has asked it to stop at its chunk's end.
        threads.setWaitForTasksToCompleteOnShutdown(true);
        threads.initialize();
    }

    /**
     * Restarts a FAILED or STOPPED execution that is the latest of its job instance; returns the new execution's
     * id once it has begun. Refusals (status, an older execution, no free thread) come before anything runs.
     */
    public long restart(long executionId) {
        requireRestartable(executionId);
        CompletableFuture<Long> begun = new CompletableFuture<>();
        try {
            threads.execute(() -> run(executionId, begun));
        } catch (TaskRejectedException e) {
            throw new DnndException("Đang có " + THREADS + " lần chạy lại từ cổng thông tin chưa xong; hãy thử lại sau",
                    THREADS + " restarts asked for in the portal are still running; try again later");
        }
        return awaitBegin(executionId, begun);
    }

    /** What {@link #restart} refuses: anything but FAILED or STOPPED, and an execution restarted already. */
    public ExecutionDetail requireRestartable(long executionId) {
        BatchControl.requireRestartable(control.execution(executionId));
        ExecutionDetail execution = monitor.detail(executionId);
        if (execution.newerExecutionId() != null) {
            throw new DnndException("Lần chạy #" + executionId + " đã được chạy lại ở lần chạy #"
                    + execution.newerExecutionId() + "; hãy xem lần chạy đó",
                    "execution " + executionId + " was restarted already as execution " + execution.newerExecutionId());
        }
        return execution;
    }

    /**
     * Marks an execution left running by a process that died FAILED ({@link BatchControl#recover}, which refuses
     * one whose process lives), then restarts it as {@link #restart} does: {@code jobs restart --recover}.
     */
    public long recoverAndRestart(long executionId) {
        control.requireRecoverable(executionId);
        control.recover(executionId);
        return restart(executionId);
    }

    private void run(long executionId, CompletableFuture<Long> begun) {
        try {
            JobExecution restarted = control.restart(executionId, begun::complete);
            console.print(ExecutionLines.job(restarted));
        } catch (Exception e) {
            if (!begun.completeExceptionally(e)) {
                log.error("Restart of execution {} failed after it began", executionId, e);
            }
        } finally {
            begun.completeExceptionally(new DnndException("Lần chạy #" + executionId + " kết thúc mà không bắt đầu lần chạy mới",
                    "the restart of execution " + executionId + " ended without beginning a new execution"));
        }
    }

    private static long awaitBegin(long executionId, CompletableFuture<Long> begun) {
        try {
            return begun.get(BEGIN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof DnndException known) {
                throw known;
            }
            log.warn("Restart of execution {} could not begin", executionId, e.getCause());
            throw new DnndException("Không chạy lại được lần chạy #" + executionId + ": " + e.getCause().getMessage(),
                    "cannot restart execution " + executionId + ": " + e.getCause().getMessage());
        } catch (TimeoutException e) {
            throw new DnndException("Lần chạy mới của #" + executionId + " chưa bắt đầu sau " + BEGIN_WAIT.toSeconds()
                    + " giây; xem danh sách các lần chạy", "the restart of execution " + executionId
                    + " had not begun after " + BEGIN_WAIT.toSeconds() + " s; see the list of executions");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DnndException("Bị ngắt khi chờ lần chạy mới", "interrupted while waiting for the restart", e);
        }
    }

    @Override
    public void destroy() {
        threads.shutdown();
    }
}
