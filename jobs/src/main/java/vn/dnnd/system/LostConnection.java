package vn.dnnd.system;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.transaction.TransactionSystemException;

/**
 * Failures caused by the database connection going away (SQLSTATE class 08, or 57P01-57P03 when the
 * server terminated the backend).
 *
 * <p>When a chunk's connection dies, its rollback fails too and Spring Batch marks the step UNKNOWN
 * ("outcome of the transaction unknown"), an execution it refuses to restart. With PostgreSQL the outcome
 * is known: a backend that goes away aborts its open transaction, so nothing of that chunk was committed,
 * and the step's saved position (written in the chunk's transaction) is that of the last committed chunk.
 * {@link #settle} therefore turns such an UNKNOWN execution into a FAILED, restartable one, at the end of
 * every job ({@link LostConnectionSettlement}).
 */
public final class LostConnection {

    private static final Logger log = LoggerFactory.getLogger(LostConnection.class);
    private static final Set<String> TERMINATED = Set.of("57P01", "57P02", "57P03");

    private LostConnection() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || TERMINATED.contains(sql.getSQLState()))) {
                return true;
            }
            // A failed rollback hides the failure that caused it: the chunk's own exception.
            if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && causedBy(rollback.getApplicationException())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** An UNKNOWN execution whose every failure is a lost connection becomes FAILED; others are returned as they are. */
    public static JobExecution settle(JobExecution execution, JobRepository jobRepository) {
        if (execution.getStatus() != BatchStatus.UNKNOWN) {
            return execution;
        }
        List<Throwable> failures = execution.getAllFailureExceptions();
        if (failures.isEmpty() || !failures.stream().allMatch(LostConnection::causedBy)) {
            log.warn("Execution {} is UNKNOWN for a cause other than a lost connection; left for an operator",
                    execution.getId(), failures.isEmpty() ? null : failures.get(0));
            return execution;
        }
        String settled = "database connection lost; PostgreSQL rolled the open chunk back (UNKNOWN settled as FAILED)";
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus() == BatchStatus.UNKNOWN) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED.addExitDescription(settled)
                        .addExitDescription(step.getExitStatus().getExitDescription()));
                jobRepository.update(step);
            }
        }
        execution.setStatus(BatchStatus.FAILED);
        execution.setExitStatus(ExitStatus.FAILED.addExitDescription(settled)
                .addExitDescription(execution.getExitStatus().getExitDescription()));
        jobRepository.update(execution);
        return execution;
    }
}
