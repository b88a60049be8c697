package vn.dnnd.system;

import org.springframework.batch.core.job.JobExecution;

/**
 * What one job leaves behind when an execution of it does not complete, cleaned up by the feature that owns
 * the job: a bean of this type per job that leaves something (computeJob: its compute run and staging rows).
 * A job without one leaves nothing a restart does not take over. {@link DeadExecutions} calls it.
 */
public interface JobLeftovers {

    /** The job's name, as the job repository records it. */
    String jobName();

    /**
     * An execution ended FAILED, STOPPED or UNKNOWN in its own process; called before its lease is let go, so
     * nobody takes it for dead while this runs.
     */
    void failed(JobExecution execution);

    /**
     * An execution was left running by a process that died; called once, holding its lease, just before the
     * execution is marked FAILED (so a cleanup that fails leaves it to the next look). Must not depend on
     * what the execution context holds: a process can die before it saves it.
     */
    void died(JobExecution execution);
}
