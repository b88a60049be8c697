package vn.dnnd.cluster;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
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
 * Nothing is thrown back to the broker: a thrown request would be delivered again and again.
 */
final class PartitionRequestHandler {

    private static final Logger log = LoggerFactory.getLogger(PartitionRequestHandler.class);

    private final JobRepository jobRepository;
    private final BeanFactory beans;
    private final ClusterWorkers workers;

    PartitionRequestHandler(JobRepository jobRepository, BeanFactory beans, ClusterWorkers workers) {
        this.jobRepository = jobRepository;
        this.beans = beans;
        this.workers = workers;
    }

    void handle(StepExecutionRequest request) {
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
        } catch (Throwable e) {
            // AbstractStep records its own failures; this is what escaped it (an interrupt, the repository lost).
            log.error("Partition {} (step execution {}) stopped: {}", partition.getStepName(), partition.getId(),
                    e.toString(), e);
        } finally {
            workers.runs(null, null);
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
