package vn.dnnd.system;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Every job of the application, whichever feature wrote it and however it is launched, holds its execution's
 * lease ({@link ExecutionLeases}) from before its other listeners to after them (an ordered listener comes
 * first in beforeJob and last in afterJob): an ingestJob waiting for the ingest lock, or a computeJob settling
 * its run, is alive to {@link DeadExecutions} all along. With the lease taken, the execution's node is recorded
 * ({@link ExecutionNodes}) and the launcher is told the
 * execution began ({@link BatchJobs}), so an execution id handed out is one whose death can be recognised.
 * At the end, one that did not complete has its job's leftovers cleaned before the lease goes.
 */
@Component
class LeasedJobs implements BeanPostProcessor {

    private final ObjectProvider<ExecutionLeases> leases;
    private final ObjectProvider<BatchJobs> batchJobs;
    private final ObjectProvider<DeadExecutions> deadExecutions;
    private final ObjectProvider<ExecutionNodes> nodes;

    LeasedJobs(ObjectProvider<ExecutionLeases> leases, ObjectProvider<BatchJobs> batchJobs,
               ObjectProvider<DeadExecutions> deadExecutions, ObjectProvider<ExecutionNodes> nodes) {
        this.leases = leases;
        this.batchJobs = batchJobs;
        this.deadExecutions = deadExecutions;
        this.nodes = nodes;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof AbstractJob job) {
            job.registerJobExecutionListener(new Lease());
        }
        return bean;
    }

    private final class Lease implements JobExecutionListener, Ordered {

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }

        @Override
        public void beforeJob(JobExecution execution) {
            leases.getObject().take(execution.getId());
            nodes.getObject().record(execution.getId());
            batchJobs.getObject().begun(execution);
        }

        /** The lease goes even if the cleanup fails: kept by mistake, it would make the run look alive. */
        @Override
        public void afterJob(JobExecution execution) {
            try {
                if (execution.getStatus() != BatchStatus.COMPLETED) {
                    deadExecutions.getObject().failed(execution);
                }
            } finally {
                leases.getObject().release(execution.getId());
            }
        }
    }
}
