package vn.dnnd.pipeline;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Before a pipeline's render step runs, a renderJob of the same pipeline instance still marked running
 * was left by a process that died (kill -9 during the render): the pipeline runs its renderJob inside
 * its own execution, and one execution of a pipeline instance runs at a time. It is marked FAILED, so
 * that the step restarts it (with the edition it had begun) instead of being refused as "already running".
 */
class OrphanedRenderRecovery implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(OrphanedRenderRecovery.class);

    private final JobRepository jobRepository;
    private final JobOperator jobOperator;
    private final Job renderJob;

    OrphanedRenderRecovery(JobRepository jobRepository, JobOperator jobOperator, Job renderJob) {
        this.jobRepository = jobRepository;
        this.jobOperator = jobOperator;
        this.renderJob = renderJob;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        JobExecution last = jobRepository.getLastJobExecution(renderJob.getName(),
                PipelineParameters.renderParametersOf(stepExecution.getJobExecution()));
        if (last != null && last.getStatus().isRunning()) {
            log.warn("Recovering renderJob execution {} left running by an interrupted {} run", last.getId(),
                    stepExecution.getJobExecution().getJobInstance().getJobName());
            jobOperator.recover(last);
        }
    }
}
