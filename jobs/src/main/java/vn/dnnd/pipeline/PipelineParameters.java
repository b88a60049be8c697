package vn.dnnd.pipeline;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import vn.dnnd.report.RenderService;

/**
 * The parameters refreshJob and annualJob read, the keys under which their steps leave what they did in
 * the job's execution context, and the parameters they hand to renderJob.
 */
final class PipelineParameters {

    static final String PERIOD = "period";
    static final String INBOX = "inbox";
    static final String RECEIVED_AT = "receivedAt";
    static final String ALLOW_LOCKED = "allowLocked";
    /** How long an inbox file must be unchanged to be taken (seconds; absent: dnnd.intake.settle-seconds). */
    static final String SETTLE_SECONDS = "settleSeconds";
    static final String KINDS = "kinds";
    static final String LANGUAGES = "lang";

    static final String INGEST_EXECUTION = "pipeline.ingestExecutionId";
    /** The ingest runs the ingest step ran or resumed (ids separated by commas), the pipeline's own last. */
    static final String INGEST_EXECUTIONS = "pipeline.ingestExecutionIds";
    static final String COMPUTE_RUN = "pipeline.computeRunId";

    private PipelineParameters() {
    }

    /**
     * renderJob gets the period, kinds and languages, and is identified by the pipeline's job instance:
     * a restarted pipeline restarts the same renderJob instance, so a failed render goes on with the
     * edition it had begun.
     */
    static JobParameters renderParametersOf(JobExecution pipeline) {
        JobParameters parent = pipeline.getJobParameters();
        return RenderService.parameters(parent.getString(PERIOD), parent.getString(KINDS), parent.getString(LANGUAGES),
                new JobParametersBuilder()
                        .addString("pipeline", pipeline.getJobInstance().getJobName())
                        .addLong("pipelineInstance", pipeline.getJobInstanceId())
                        .toJobParameters());
    }
}
