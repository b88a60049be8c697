package vn.dnnd.submission.ingest;

import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.stereotype.Service;
import vn.dnnd.system.BatchJobs;
import vn.dnnd.system.DeadExecutions;
import vn.dnnd.system.DnndException;

/**
 * Runs ingestJob for an inbox. Only one ingest runs per home at a time (ingestJob itself holds the
 * {@link IngestLock}, which the operating system releases even on kill -9). The service takes the same
 * lock around its whole work, so that a run of the same inbox whose process died is resumed (restarted on
 * the same inbox) before the new run starts, and nothing it was doing is lost or left out of the counts: the
 * ingest's part in the one recovery model ({@link DeadExecutions}, which tells that the process died).
 */
@Service
public class IngestService {

    private static final Logger log = LoggerFactory.getLogger(IngestService.class);
    private static final BatchJobs.Advice FILES_KEPT = new BatchJobs.Advice(
            "; các tệp đã xử lý được giữ nguyên, chạy lại lệnh để tiếp tục",
            "; files already processed are kept, run again to continue");

    private final BatchJobs batchJobs;
    private final DeadExecutions deadExecutions;
    private final Job ingestJob;
    private final IngestLock lock;
    private final Inboxes inboxes;
    private final IngestResults results;
    private final Clock clock;
    private final JobRepository jobRepository;

    public IngestService(BatchJobs batchJobs, DeadExecutions deadExecutions, Job ingestJob, IngestLock lock,
                         Inboxes inboxes, IngestResults results, Clock clock, JobRepository jobRepository) {
        this.jobRepository = jobRepository;
        this.batchJobs = batchJobs;
        this.deadExecutions = deadExecutions;
        this.ingestJob = ingestJob;
        this.lock = lock;
        this.inboxes = inboxes;
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
            // Read back: in the cluster mode the partitions' notes were saved by other processes.
            JobExecution recorded = jobRepository.getJobExecution(execution.getId());
            return new IngestSummary(execution.getId(), results.of(execution.getId()), resumed, InboxNotes.of(recorded));
        }
    }

    /**
     * Restarts each run of this inbox whose process died and that nobody restarted since (whoever noticed it
     * died); the runs of other inboxes are left FAILED for their own next ingest or {@code jobs restart}.
     */
    private List<Long> resumeInterrupted(String inbox) {
        List<Long> resumed = new ArrayList<>();
        for (JobExecution died : deadExecutions.unresumed(IngestJobConfiguration.JOB_NAME)) {
            if (inbox.equals(died.getJobParameters().getString("inbox"))) {
                log.warn("Resuming ingestJob execution {}, left unfinished by a process that died", died.getId());
                resumed.add(batchJobs.restartToCompletion(died, FILES_KEPT).getId());
            }
        }
        return resumed;
    }
}
