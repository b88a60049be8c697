package vn.dnnd.pipeline;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Service;
import vn.dnnd.indicator.ComputeService;
import vn.dnnd.report.RenderService;
import vn.dnnd.submission.ingest.IngestResults;
import vn.dnnd.system.BatchJobs;
import vn.dnnd.system.DnndException;

/** Runs annualJob (ingest → compute → render) and reads back what a pipeline execution did. */
@Service
public class PipelineService {

    private final BatchJobs batchJobs;
    private final JobRepository jobRepository;
    private final Job annualJob;
    private final Job renderJob;
    private final RenderService render;
    private final IngestResults ingestResults;
    private final ComputeService compute;
    private final Clock clock;

    public PipelineService(BatchJobs batchJobs, JobRepository jobRepository, Job annualJob, Job renderJob,
                           RenderService render, IngestResults ingestResults, ComputeService compute, Clock clock) {
        this.batchJobs = batchJobs;
        this.jobRepository = jobRepository;
        this.annualJob = annualJob;
        this.renderJob = renderJob;
        this.render = render;
        this.ingestResults = ingestResults;
        this.compute = compute;
        this.clock = clock;
    }

    /** The annual pipeline with the configured settle time of inbox files. */
    public PipelineResult annual(String period, Path inbox, OffsetDateTime receivedAt, boolean allowLocked,
                                 String kinds, String languages) {
        return annual(period, inbox, receivedAt, allowLocked, null, kinds, languages);
    }

    /**
     * @param inbox      the inbox to ingest (null: {@code <home>/inbox})
     * @param receivedAt the receipt time of its files (null: now)
     * @param settle     how long an inbox file must be unchanged to be taken (null: dnnd.intake.settle-seconds)
     * @param kinds      report kinds (null: all)
     * @param languages  vi, en or vi,en (null: both)
     */
    public PipelineResult annual(String period, Path inbox, OffsetDateTime receivedAt, boolean allowLocked,
                                 Duration settle, String kinds, String languages) {
        render.checkRequest(kinds, languages);
        JobParametersBuilder parameters = new JobParametersBuilder()
                .addString(PipelineParameters.PERIOD, period.strip())
                .addString(PipelineParameters.ALLOW_LOCKED, Boolean.toString(allowLocked))
                .addLocalDateTime("requestedAt", LocalDateTime.now(clock))
                // a command's run is its own instance; the schedule's instance is the period alone
                .addString("requestId", UUID.randomUUID().toString());
        if (inbox != null) {
            parameters.addString(PipelineParameters.INBOX, inbox.toAbsolutePath().normalize().toString());
        }
        if (receivedAt != null) {
            parameters.addString(PipelineParameters.RECEIVED_AT, receivedAt.toString());
        }
        if (settle != null) {
            parameters.addString(PipelineParameters.SETTLE_SECONDS, Long.toString(settle.toSeconds()), false);
        }
        if (kinds != null) {
            parameters.addString(PipelineParameters.KINDS, kinds);
        }
        if (languages != null) {
            parameters.addString(PipelineParameters.LANGUAGES, languages);
        }
        return resultOf(batchJobs.runToCompletion(annualJob, parameters.toJobParameters()));
    }

    /** What a completed annualJob or refreshJob execution did. */
    public PipelineResult resultOf(JobExecution pipeline) {
        var context = pipeline.getExecutionContext();
        Long ingest = context.containsKey(PipelineParameters.INGEST_EXECUTION)
                ? context.getLong(PipelineParameters.INGEST_EXECUTION) : null;
        JobInstance renderInstance = jobRepository.getJobInstance(renderJob.getName(),
                PipelineParameters.renderParametersOf(pipeline));
        JobExecution rendered = renderInstance == null ? null : jobRepository.getLastJobExecution(renderInstance);
        if (rendered == null) {
            throw new DnndException(pipeline.getJobInstance().getJobName() + " chưa xuất báo cáo",
                    pipeline.getJobInstance().getJobName() + " has not rendered its reports");
        }
        long computeRun = context.getLong(PipelineParameters.COMPUTE_RUN);
        return new PipelineResult(pipeline.getJobInstance().getJobName(), pipeline.getId(),
                pipeline.getJobParameters().getString(PipelineParameters.PERIOD), ingest,
                ingest == null ? List.of() : ingestResults.ofRuns(ingestRuns(context, ingest)),
                computeRun, compute.resultOf(computeRun).awaitingReview(), render.editionOf(rendered));
    }

    /** The ingest runs of the pipeline's ingest stage (before this was recorded: its own run only). */
    private static List<Long> ingestRuns(ExecutionContext context, long ingest) {
        if (!context.containsKey(PipelineParameters.INGEST_EXECUTIONS)) {
            return List.of(ingest);
        }
        return Arrays.stream(context.getString(PipelineParameters.INGEST_EXECUTIONS).split(",")).map(Long::valueOf).toList();
    }
}
