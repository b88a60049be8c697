package vn.dnnd.operations;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Component;

/** The job executions running in this JVM, and whether the application is shutting down. */
@Component
public class RunningExecutions {

    private final Set<Long> ids = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean shuttingDown = new AtomicBoolean();

    void add(long executionId) {
        ids.add(executionId);
    }

    void remove(long executionId) {
        synchronized (ids) {
            ids.remove(executionId);
            ids.notifyAll();
        }
    }

    public boolean contains(long executionId) {
        return ids.contains(executionId);
    }

    public Set<Long> ids() {
        return Set.copyOf(ids);
    }

    public void beginShutdown() {
        shuttingDown.set(true);
    }

    /** True once shutdown has begun: a run stopped from now on was interrupted, not stopped by an operator. */
    public boolean shuttingDown() {
        return shuttingDown.get();
    }

    /** Waits until no execution runs here any more; false if the timeout passed first. */
    public boolean awaitNone(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (ids) {
            while (!ids.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                ids.wait(Math.max(1, left / 1_000_000));
            }
        }
        return true;
    }
}
