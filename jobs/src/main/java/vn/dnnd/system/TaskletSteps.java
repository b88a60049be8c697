package vn.dnnd.system;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;

/** Tasklet steps in the ways the jobs need them: every tasklet step of the application is built here. */
public final class TaskletSteps {

    private TaskletSteps() {
    }

    /** The tasklet's writes and the step's bookkeeping commit together, or not at all. */
    public static Step transactional(String name, JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                     Tasklet tasklet) {
        return new StepBuilder(name, jobRepository).tasklet(tasklet, transactionManager).build();
    }

    /**
     * As {@link #transactional}, and run again when its job is restarted, even if it completed: for a job whose
     * steps build on each other's work that a failed run has undone, so that a restart is a new run from the start.
     */
    public static Step transactionalOnEveryRun(String name, JobRepository jobRepository,
                                               PlatformTransactionManager transactionManager, Tasklet tasklet) {
        return new StepBuilder(name, jobRepository).tasklet(tasklet, transactionManager).allowStartIfComplete(true).build();
    }

    /**
     * The tasklet runs outside any transaction of the step: for work that starts other jobs (they commit
     * their chunks as they go) or opens transactions of its own with their own isolation (the renderers'
     * REPEATABLE READ snapshots), and that should not hold a connection in a transaction for minutes.
     */
    public static Step outsideTransaction(String name, JobRepository jobRepository,
                                          PlatformTransactionManager transactionManager, Tasklet tasklet) {
        return new StepBuilder(name, jobRepository).tasklet(tasklet, transactionManager)
                .transactionAttribute(new DefaultTransactionAttribute(TransactionDefinition.PROPAGATION_NOT_SUPPORTED))
                .build();
    }
}
