package vn.dnnd.report;

import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dnnd.system.PublishedResultsLock;

/**
 * Reads a period's {@link ReportBasis} and runs the assembly on it inside one read-only REPEATABLE READ
 * transaction, so that every part of a report (run, figures, statuses, narratives, raw values) comes from
 * the same published run even while computeJob swaps in a new one; it also lets the raw values be read
 * through a cursor.
 */
@Component
public class ReportSnapshot {

    private final TransactionTemplate snapshot;
    private final ReportBasisReader basis;
    private final JdbcTemplate jdbc;

    public ReportSnapshot(PlatformTransactionManager transactions, ReportBasisReader basis, JdbcTemplate jdbc) {
        this.basis = basis;
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
    }

    public <T> T read(ReportRequest request, Function<ReportBasis, T> work) {
        return snapshot.execute(status -> {
            PublishedResultsLock.beforeSnapshot(jdbc);
            return work.apply(basis.read(request));
        });
    }

    /** Runs reads that need no annual basis (the five-year review) in the same kind of snapshot. */
    public <T> T read(Supplier<T> work) {
        return snapshot.execute(status -> {
            PublishedResultsLock.beforeSnapshot(jdbc);
            return work.get();
        });
    }
}
