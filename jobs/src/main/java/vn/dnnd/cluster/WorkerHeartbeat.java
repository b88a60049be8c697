package vn.dnnd.cluster;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;

/**
 * A worker's row in {@code cluster_worker}: made when the worker starts taking partitions, beaten every
 * {@code heartbeat-seconds} on a daemon thread, deleted when it stops. Starts before the request listener and
 * stops after it (phases), so a worker never runs a partition without its row.
 */
final class WorkerHeartbeat implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WorkerHeartbeat.class);

    private final ClusterWorkers workers;
    private final int seconds;
    private ScheduledExecutorService beats;

    WorkerHeartbeat(ClusterWorkers workers, int seconds) {
        this.workers = workers;
        this.seconds = seconds;
    }

    @Override
    public synchronized void start() {
        workers.joined();
        beats = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "dnnd-worker-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        beats.scheduleWithFixedDelay(this::beat, seconds, seconds, TimeUnit.SECONDS);
        log.info("Worker {} joined the cluster", workers.me());
    }

    private void beat() {
        try {
            workers.beat();
        } catch (RuntimeException e) {
            // The database may be away for a moment; the next beat tries again, and a long silence shows as lost.
            log.warn("Worker heartbeat not recorded: {}", e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (beats == null) {
            return;
        }
        beats.shutdownNow();
        beats = null;
        try {
            workers.left();
            log.info("Worker {} left the cluster", workers.me());
        } catch (DataAccessException e) {
            // The database went first (an embedded server stopped by the process that owns it): the row stays, and is
            // shown as lost three beats later, until a worker of this name starts again.
            log.warn("Worker {} stopped without removing its row in cluster_worker: {}", workers.me(), e.getMessage());
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return beats != null;
    }

    /** Before the listener (whose adapter runs in the default phase of Integration endpoints) and after it. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE / 2;
    }
}
