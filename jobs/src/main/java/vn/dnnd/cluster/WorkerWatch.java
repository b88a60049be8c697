package vn.dnnd.cluster;

/**
 * Fails a manager step whose requests wait while no worker is alive (every worker stopped, or never started) for
 * {@code worker-grace-seconds}, instead of holding the job, and the ingest lock, until the step's timeout.
 */
final class WorkerWatch {

    private final ClusterWorkers workers;
    private final ClusterProperties settings;
    private long noneSince = -1;

    WorkerWatch(ClusterWorkers workers, ClusterProperties settings) {
        this.workers = workers;
        this.settings = settings;
    }

    /** {@code unfinished}: the partitions still marked running, waiting in the queue or taken by a worker. */
    void check(long unfinished) {
        if (unfinished == 0 || workers.anyAlive()) {
            noneSince = -1;
            return;
        }
        long now = System.nanoTime();
        if (noneSince < 0) {
            noneSince = now;
        }
        long seconds = (now - noneSince) / 1_000_000_000L;
        if (seconds >= settings.workerGraceSeconds()) {
            throw PartitionFailures.noWorker(settings, unfinished, seconds);
        }
    }
}
