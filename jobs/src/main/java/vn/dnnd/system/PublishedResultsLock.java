package vn.dnnd.system;

import org.springframework.jdbc.core.JdbcOperations;

/**
 * The first statement of a reader's REPEATABLE READ snapshot of published results. computeJob swaps a
 * period's results in by detaching the old partition and attaching a new one (V70), which is not
 * MVCC-safe: a snapshot taken before the swap committed would find the new partition but not see its
 * rows. Locking the computed tables before the snapshot is taken (a lock statement takes none) waits
 * for a swap under way, and keeps the next swap waiting until the reader is done, so a reader sees
 * one whole run, the old or the new.
 */
public final class PublishedResultsLock {

    private PublishedResultsLock() {
    }

    public static void beforeSnapshot(JdbcOperations jdbc) {
        jdbc.execute("lock table indicator_value, completeness, task_score, indicator_series in access share mode");
    }
}
