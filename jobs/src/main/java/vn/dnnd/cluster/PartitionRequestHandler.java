package vn.dnnd.cluster;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.amqp.ImmediateRequeueAmqpException;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.BeansException;

/**
 * A worker's side of one partition request: finds the step execution the manager created, runs it with the
 * step of that name (a bean of this application), and records which node ran it. Like Spring Batch's
 * {@code StepExecutionRequestHandler}, plus what a queue that outlives job executions needs: a request whose
 * partition has ended, or whose job has ended, is dropped (it was queued for a run that failed and was
 * restarted since, or was sent twice); one for a step this worker does not have fails its partition at once.
 * One worker at a time runs a partition ({@link PartitionLeases}). A request that could not even be looked at
 * (the database away) goes back to the queue after a pause; anything else is acknowledged, the partition's end
 * recorded in the job repository, where the manager reads it.
 */
final class PartitionRequestHandler {

    private static final Logger log = LoggerFactory.getLogger(PartitionRequestHandler.class);

    private final JobRepository jobRepository;
    private final BeanFactory beans;
    private final ClusterWorkers workers;
    private final PartitionLeases leases;

    PartitionRequestHandler(JobRepository jobRepository, BeanFactory beans, ClusterWorkers workers,
                            PartitionLeases leases) {
        this.jobRepository = jobRepository;
        this.beans = beans;
        this.workers = workers;
        this.leases = leases;
    }

    void handle(StepExecutionRequest request) {
        try (PartitionLeases.Lease lease = leases.take(request.getStepExecutionId())) {
            run(request);
        } catch (RuntimeException | Error e) {
            // Before the step could record anything (the database away for a moment): the request goes back to the
            // queue, after a pause, for this or another worker; a partition never stays running without a request.
            log.error("Partition request {} could not be handled; returned to the queue in 5 s: {}", request, e.toString());
            pause();
            throw new ImmediateRequeueAmqpException("partition request " + request + " returned to the queue", e);
        }
    }

    /** Under the partition's lease: the partition as it is now, run if it still waits to be. */
    private void run(StepExecutionRequest request) {
        StepExecution partition = jobRepository.getStepExecution(request.getStepExecutionId());
        if (partition == null || !partition.getStepName().startsWith(request.getStepName() + ":")) {
            log.warn("Dropped {}: no partition of that step has this id", request);
            return;
        }
        JobExecution job = partition.getJobExecution();
        if (!runnable(partition.getStatus()) || !job.getStatus().isRunning()) {
            log.info("Dropped {}: partition {} is {} and its job execution {} is {} (an old or repeated request)",
                    request, partition.getStepName(), partition.getStatus(), job.getId(), job.getStatus());
            return;
        }
        Step step = step(request.getStepName());
        if (step == null) {
            fail(partition, "worker " + workers.me() + " has no step " + request.getStepName()
                    + " (a worker of another version of the application?)");
            return;
        }
        workers.runs(partition.getId(), partition.getStepName());
        try {
            log.info("Running partition {} (step execution {}) of job execution {}", partition.getStepName(),
                    partition.getId(), job.getId());
            step.execute(partition);
            log.info("Partition {} ended {}", partition.getStepName(), partition.getStatus());
        } catch (JobInterruptedException e) {
            log.warn("Partition {} (step execution {}) interrupted: {}", partition.getStepName(), partition.getId(),
                    e.toString());
        } catch (RuntimeException e) {
            // What escaped the step's own bookkeeping (its first update, the repository lost): the partition is
            // marked failed if the repository answers, so that the manager sends it again or fails its step.
            log.error("Partition {} (step execution {}) stopped: {}", partition.getStepName(), partition.getId(),
                    e.toString(), e);
            failIfStillRunning(partition.getId(), e);
        } finally {
            workers.runs(null, null);
        }
    }

    private void failIfStillRunning(long id, RuntimeException cause) {
        StepExecution now = jobRepository.getStepExecution(id);
        if (now != null && now.getStatus().isRunning()) {
            fail(now, "stopped on worker " + workers.me() + ": " + PartitionFailures.rootMessage(cause));
        }
    }

    private static void pause() {
        try {
            Thread.sleep(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean runnable(BatchStatus status) {
        return status == BatchStatus.STARTING || status == BatchStatus.STARTED;
    }

    private Step step(String name) {
        try {
            return beans.getBean(name, Step.class);
        } catch (BeansException e) {
            return null;
        }
    }

    private void fail(StepExecution partition, String why) {
        log.error("Partition {} failed: {}", partition.getStepName(), why);
        partition.setStatus(BatchStatus.FAILED);
        partition.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
        partition.setEndTime(java.time.LocalDateTime.now());
        jobRepository.update(partition);
    }
}
