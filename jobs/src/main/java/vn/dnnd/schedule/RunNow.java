package vn.dnnd.schedule;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.dnnd.system.DnndException;

/**
 * Runs a schedule now, out of turn, as {@link RunNowPlanner} planned it. The run is recorded in the schedule's
 * ledger and launched by {@link ScheduleRunner} like a fire's run, so it shows as the schedule's latest run, a
 * failure is restarted by the next fires (up to max-attempts) and a run interrupted by a shutdown is resumed. The
 * job runs on a thread of its own: the caller gets the execution id as soon as the job has begun.
 */
@Service
public class RunNow {

    /** How long the caller waits for the job to begin (it settles dead executions of its job first). */
    static final Duration BEGIN_WAIT = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(RunNow.class);

    /** What was started; {@code executionId} is null if the job had not begun within {@link #BEGIN_WAIT}. */
    public record Started(ScheduleDefinition schedule, RunNowPlanner.Launch launch, Long executionId) {
    }

    private final RunNowPlanner planner;
    private final ScheduleRunLedger ledger;
    private final ScheduleRunner runner;
    /** One run now of a schedule at a time in this process: a double click finds the first one going. */
    private final Map<String, Object> starting = new ConcurrentHashMap<>();

    public RunNow(RunNowPlanner planner, ScheduleRunLedger ledger, ScheduleRunner runner) {
        this.planner = planner;
        this.ledger = ledger;
        this.runner = runner;
    }

    /** Starts the schedule's job as planned at {@code at}; throws {@link RunNowRefused} when it may not run. */
    public Started start(String scheduleName, ZonedDateTime at) {
        synchronized (starting.computeIfAbsent(scheduleName, name -> new Object())) {
            RunNowPlanner.Plan plan = planner.plan(scheduleName, at);
            if (!plan.allowed()) {
                throw plan.refusal();
            }
            ScheduleDefinition definition = plan.schedule();
            RunNowPlanner.Launch launch = plan.launch();
            ledger.open(definition, launch.request(), at);
            ScheduleRun run = ledger.find(definition.name(), launch.request().occurrence()).orElseThrow();
            CompletableFuture<Long> begun = new CompletableFuture<>();
            Thread thread = new Thread(() -> launch(definition, run, launch, at, begun), "run-now-" + definition.name());
            thread.start();
            return new Started(definition, launch, await(begun));
        }
    }

    private void launch(ScheduleDefinition definition, ScheduleRun run, RunNowPlanner.Launch launch, ZonedDateTime at,
                        CompletableFuture<Long> begun) {
        try {
            runner.launch(definition, run, at, launch.request().parameters(), launch.previous(), begun::complete);
        } catch (RuntimeException e) {
            log.error("Run now of schedule {} failed", definition.name(), e);
            begun.completeExceptionally(e);
        } finally {
            if (!begun.isDone()) {
                begun.completeExceptionally(notBegun(definition, run));
            }
        }
    }

    /** Why the runner returned without the job beginning, as the ledger has it now. */
    private RunNowRefused notBegun(ScheduleDefinition definition, ScheduleRun before) {
        ScheduleRun now = ledger.find(definition.name(), before.occurrence()).orElse(before);
        String job = definition.jobName();
        if (ScheduleRun.SKIPPED.equals(now.outcome())) {
            return new RunNowRefused(job + " với đúng các tham số này đang chạy ở nơi khác (lần chạy #"
                    + now.jobExecutionId() + "); hãy chờ lần chạy đó kết thúc rồi thử lại", job + " with these very "
                    + "parameters is running elsewhere (execution " + now.jobExecutionId() + "); wait for it to end",
                    now.jobExecutionId());
        }
        if (now.attempts() == before.attempts()) {
            return new RunNowRefused("Một phiên bản khác vừa nhận lần chạy này của lịch " + definition.name(),
                    "another instance took this run of schedule " + definition.name() + " at the same moment", null);
        }
        return new RunNowRefused("Không khởi động được " + job + ": " + now.message(),
                "could not start " + job + ": " + now.message(), now.jobExecutionId());
    }

    private static Long await(CompletableFuture<Long> begun) {
        try {
            return begun.get(BEGIN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof DnndException known) {
                throw known;
            }
            throw new DnndException("Không khởi động được job", "could not start the job: " + e.getCause().getMessage(),
                    e.getCause());
        }
    }
}
