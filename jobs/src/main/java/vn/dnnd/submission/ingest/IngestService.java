package vn.dnnd.submission.ingest;

import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;
import vn.dnnd.submission.IntakeProperties;
import vn.dnnd.system.BatchJobs;
import vn.dnnd.system.DnndException;

/**
 * Runs ingestJob for an inbox. Only one ingest runs per home at a time (ingestJob itself holds the
 * {@link IngestLock}, which the operating system releases even on kill -9). The service takes the same
 * lock around its whole work, so that a run interrupted by a killed process is recovered and restarted
 * on the same inbox before the new run starts, and nothing it was doing is lost.
 */
@Service
public class IngestService {

    private static final Logger log = LoggerFactory.getLogger(IngestService.class);
    private static final BatchJobs.Advice FILES_KEPT = new BatchJobs.Advice(
            "; các tệp đã xử lý được giữ nguyên, chạy lại lệnh để tiếp tục",
            "; files already processed are kept, run again to continue");

    private final BatchJobs batchJobs;
    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job ingestJob;
    private final IngestLock lock;
    private final Inboxes inboxes;
    private final IntakeProperties properties;
    private final IngestResults results;
    private final Clock clock;

    public IngestService(BatchJobs batchJobs, JobOperator jobOperator, JobRepository jobRepository, Job ingestJob,
                         IngestLock lock, Inboxes inboxes, IntakeProperties properties, IngestResults results,
                         Clock clock) {
        this.batchJobs = batchJobs;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.ingestJob = ingestJob;
        this.lock = lock;
        this.inboxes = inboxes;
        this.properties = properties;
        this.results = results;
        this.clock = clock;
    }

    public IngestSummary ingest(IngestRequest request) {
        if (!Files.isDirectory(request.inbox())) {
            throw new DnndException("Không có thư mục nhận tệp " + request.inbox(), "no inbox directory " + request.inbox());
        }
        String inbox = inboxes.ofRequest(request.inbox()).toString();
        try (IngestLock.Held held = lock.acquire()) {
            List<Long> resumed = resumeInterrupted(inbox);
            JobParametersBuilder parameters = new JobParametersBuilder()
                    .addString("inbox", inbox)
                    .addString("receivedAt", request.receivedAt().toString())
                    .addString("allowLocked", Boolean.toString(request.allowLocked()))
                    .addLocalDateTime("requestedAt", LocalDateTime.now(clock));
            if (request.settle() != null) {
                parameters.addString("settleSeconds", Long.toString(request.settle().toSeconds()), false);
            }
            JobExecution execution = batchJobs.runToCompletion(ingestJob, parameters.toJobParameters(), FILES_KEPT);
            return new IngestSummary(execution.getId(), results.of(execution.getId()), resumed, InboxNotes.of(execution));
        }
    }

    /** Executions left "running" by a killed process. */
    private List<Long> resumeInterrupted(String inbox) {
        List<Long> resumed = new ArrayList<>();
        List<JobExecution> stale = jobRepository.findRunningJobExecutions(IngestJobConfiguration.JOB_NAME).stream()
                .filter(this::interrupted).sorted(Comparator.comparing(JobExecution::getId)).toList();
        for (JobExecution execution : stale) {
            log.warn("Recovering ingestJob execution {} left running by an interrupted process", execution.getId());
            JobExecution recovered = jobOperator.recover(execution);
            if (inbox.equals(recovered.getJobParameters().getString("inbox"))) {
                JobExecution restarted = batchJobs.restartToCompletion(recovered, FILES_KEPT);
                resumed.add(restarted.getId());
            }
        }
        return resumed;
    }

    /**
     * We hold the lock, so an execution that got past it (it has begun a step) belongs to a process that
     * died. One that has not is waiting for the lock in another process or thread, unless it has been
     * "waiting" for longer than anyone waits: then it died waiting.
     */
    private boolean interrupted(JobExecution execution) {
        if (!execution.getStepExecutions().isEmpty()) {
            return true;
        }
        LocalDateTime began = execution.getStartTime() != null ? execution.getStartTime() : execution.getCreateTime();
        return began.isBefore(LocalDateTime.now().minusSeconds(properties.lockWaitSeconds() + 60L));
    }
}
