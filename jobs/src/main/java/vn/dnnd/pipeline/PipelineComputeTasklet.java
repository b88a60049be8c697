package vn.dnnd.pipeline;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.dnnd.indicator.ComputeResult;
import vn.dnnd.indicator.ComputeService;

/**
 * The compute stage of refreshJob and annualJob: a new computeJob run of the period (a failed compute
 * run is never resumed half-way; computeJob marks it failed and a new run starts afresh, and a run a
 * killed process left marked running is marked failed first, as every launch does: DeadExecutions).
 */
class PipelineComputeTasklet implements Tasklet {

    private final ComputeService compute;

    PipelineComputeTasklet(ComputeService compute) {
        this.compute = compute;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        ComputeResult result = compute.computeFor(job, job.getJobParameters().getString(PipelineParameters.PERIOD));
        job.getExecutionContext().putLong(PipelineParameters.COMPUTE_RUN, result.runId());
        contribution.incrementWriteCount(result.rowsWritten());
        return RepeatStatus.FINISHED;
    }
}
