package vn.dnnd.submission.ingest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * ingestJob holds the home's ingest lock from its start to its end, however it was launched (the
 * {@code ingest} command, the intake schedule, annualJob, {@code jobs restart}): a second run of the same
 * inbox waits for the first to end (up to {@code dnnd.intake.lock-wait-seconds}) and then finds only
 * what the first left, instead of reading the same files at the same time. A run that cannot get the
 * lock in time fails before its first step, having read nothing.
 */
class IngestLockListener implements JobExecutionListener {

    private final IngestLock lock;
    private final Archive archive;
    private final Map<Long, IngestLock.Held> held = new ConcurrentHashMap<>();

    IngestLockListener(IngestLock lock, Archive archive) {
        this.lock = lock;
        this.archive = archive;
    }

    /** With the lock held, copies a dead run read but never archived are garbage: their files are still in the inbox. */
    @Override
    public void beforeJob(JobExecution execution) {
        held.put(execution.getId(), lock.acquire());
        archive.clearIncoming();
    }

    /** Called also when beforeJob failed, and then there is nothing to release. */
    @Override
    public void afterJob(JobExecution execution) {
        IngestLock.Held mine = held.remove(execution.getId());
        if (mine != null) {
            mine.close();
        }
    }
}
