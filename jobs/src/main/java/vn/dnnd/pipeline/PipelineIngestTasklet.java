package vn.dnnd.pipeline;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.dnnd.submission.ingest.IngestRequest;
import vn.dnnd.submission.ingest.IngestResults;
import vn.dnnd.submission.ingest.IngestService;
import vn.dnnd.submission.ingest.IngestSummary;
import vn.dnnd.submission.ingest.IntakeFileOutcome;
import vn.dnnd.system.HomeDirectory;

/**
 * The ingest stage of annualJob: one ingest run (ingestJob, which holds the home's ingest lock) of the inbox
 * given by {@code inbox} (default {@code <home>/inbox}), with the receipt time {@code receivedAt}
 * (default now) and {@code allowLocked}. A failed ingest keeps the files it took; the restart ingests
 * what is left in the inbox.
 */
class PipelineIngestTasklet implements Tasklet {

    private final IngestService ingest;
    private final IngestResults results;
    private final HomeDirectory home;
    private final Clock clock;

    PipelineIngestTasklet(IngestService ingest, IngestResults results, HomeDirectory home, Clock clock) {
        this.ingest = ingest;
        this.results = results;
        this.home = home;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        JobParameters parameters = job.getJobParameters();
        String inbox = parameters.getString(PipelineParameters.INBOX);
        String receivedAt = parameters.getString(PipelineParameters.RECEIVED_AT);
        String settle = parameters.getString(PipelineParameters.SETTLE_SECONDS);
        IngestSummary summary = ingest.ingest(new IngestRequest(
                inbox == null || inbox.isBlank() ? home.inbox() : home.root().resolve(inbox),
                receivedAt == null || receivedAt.isBlank() ? OffsetDateTime.now(clock) : OffsetDateTime.parse(receivedAt),
                Boolean.parseBoolean(parameters.getString(PipelineParameters.ALLOW_LOCKED, "false")),
                settle == null ? null : Duration.ofSeconds(Long.parseLong(settle))));
        List<Long> runs = new ArrayList<>(summary.resumedExecutions());
        runs.add(summary.jobExecutionId());
        job.getExecutionContext().putLong(PipelineParameters.INGEST_EXECUTION, summary.jobExecutionId());
        job.getExecutionContext().putString(PipelineParameters.INGEST_EXECUTIONS,
                runs.stream().map(String::valueOf).collect(Collectors.joining(",")));
        // What this stage ingested, including files an interrupted earlier attempt stored before it died.
        List<IngestSummary.FileOutcome> files = results.ofRuns(runs);
        files.forEach(file -> contribution.incrementReadCount());
        contribution.incrementWriteCount(
                files.stream().filter(file -> file.outcome() == IntakeFileOutcome.ACCEPTED).count());
        return RepeatStatus.FINISHED;
    }
}
