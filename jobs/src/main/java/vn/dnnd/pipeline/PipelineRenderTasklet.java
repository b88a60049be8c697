package vn.dnnd.pipeline;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.dnnd.report.RenderService;

/**
 * The render stage of refreshJob and annualJob: renderJob for the pipeline's period, kinds and languages, as
 * the job instance of this pipeline instance ({@link PipelineParameters#renderParametersOf}). A restarted
 * pipeline whose render did not complete therefore restarts that same renderJob, with the edition it had
 * begun (one a killed process left running is marked FAILED first, as every launch does: DeadExecutions).
 */
class PipelineRenderTasklet implements Tasklet {

    private final RenderService render;

    PipelineRenderTasklet(RenderService render) {
        this.render = render;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        render.render(PipelineParameters.renderParametersOf(chunkContext.getStepContext().getStepExecution()
                .getJobExecution()));
        return RepeatStatus.FINISHED;
    }
}
