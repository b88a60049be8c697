package vn.dnnd.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.partition.support.AbstractPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.integration.support.MessageBuilder;

/**
 * The manager side of a partitioned step in the cluster mode: sends one {@link StepExecutionRequest} per
 * partition to the queue (through Spring Integration's AMQP outbound endpoint) and waits, reading the
 * partitions' ends from the job repository; no reply travels back through the broker.
 *
 * <p>Spring Batch's {@code MessageChannelPartitionHandler} waits the same way but cannot tell a lost broker or
 * a failed partition from slow work; this one, on every look:
 * <ul>
 * <li>sends a partition that FAILED once more (up to {@code attempts} runs in all), for a worker whose machine
 * failed it (its disk, its memory); a partition that fails every time fails the step;</li>
 * <li>fails the step when the broker stays unreachable while partitions still wait in its queue, and when
 * the step's time is up;</li>
 * </ul>
 * and a worker that dies mid-partition needs nothing here: the broker gives its unacknowledged request to
 * another worker, which runs the same step execution from its last commit. A step failed here leaves no
 * partition marked running ({@link PartitionSettlement}), so the job can be restarted at once.
 */
final class RemotePartitionHandler extends AbstractPartitionHandler {

    private static final Logger log = LoggerFactory.getLogger(RemotePartitionHandler.class);

    private final String workerStepName;
    private final MessagingTemplate requests;
    private final PartitionBroker broker;
    private final PartitionStatuses statuses;
    private final ClusterWorkers workers;
    private final JobRepository jobRepository;
    private final ClusterProperties settings;
    private final int attempts;

    RemotePartitionHandler(String workerStepName, MessagingTemplate requests, PartitionBroker broker,
                           PartitionStatuses statuses, ClusterWorkers workers, JobRepository jobRepository,
                           ClusterProperties settings, int attempts) {
        this.workers = workers;
        this.workerStepName = workerStepName;
        this.requests = requests;
        this.broker = broker;
        this.statuses = statuses;
        this.jobRepository = jobRepository;
        this.settings = settings;
        this.attempts = attempts;
    }

    @Override
    public Collection<StepExecution> handle(StepExecutionSplitter splitter, StepExecution manager) throws Exception {
        try {
            return super.handle(splitter, manager);
        } catch (Exception e) {
            statuses.settleRunning(manager, workerStepName, e);
            throw e;
        }
    }

    @Override
    protected Set<StepExecution> doHandle(StepExecution manager, Set<StepExecution> partitions) throws Exception {
        if (partitions.isEmpty()) {
            return partitions;
        }
        broker.declareQueue();
        for (StepExecution partition : partitions) {
            send(partition.getId());
        }
        log.info("{}: {} partitions sent to {} (queue {})", manager.getStepName(), partitions.size(),
                settings.brokerForDisplay(), settings.queue());
        List<Long> ids = partitions.stream().map(StepExecution::getId).toList();
        Map<Long, Integer> runs = new HashMap<>();
        ids.forEach(id -> runs.put(id, 1));
        PartitionBroker.Watch watch = broker.watch();
        WorkerWatch alive = new WorkerWatch(workers, settings);
        long deadline = System.nanoTime() + Duration.ofMinutes(settings.timeoutMinutes()).toNanos();
        while (true) {
            Map<Long, BatchStatus> now = statuses.of(ids);
            List<Long> again = new ArrayList<>();
            for (long id : ids) {
                if (now.get(id) == BatchStatus.FAILED && runs.get(id) < attempts) {
                    again.add(id);
                }
            }
            for (long id : again) {
                runs.merge(id, 1, Integer::sum);
                log.warn("{}: partition {} failed; sending it again (run {} of {})", manager.getStepName(), id,
                        runs.get(id), attempts);
                statuses.reopen(id);
                send(id);
            }
            if (again.isEmpty() && now.values().stream().noneMatch(BatchStatus::isRunning)) {
                return ids.stream().map(jobRepository::getStepExecution).collect(java.util.stream.Collectors.toSet());
            }
            long waiting = now.values().stream().filter(status -> status == BatchStatus.STARTING).count();
            watch.check(waiting);
            // A partition marked STARTED whose worker died waits too: its request is back in the queue.
            alive.check(now.values().stream().filter(BatchStatus::isRunning).count());
            if (System.nanoTime() > deadline) {
                throw PartitionFailures.timedOut(settings, now);
            }
            Thread.sleep(settings.pollMillis());
        }
    }

    private void send(long stepExecutionId) {
        requests.send(MessageBuilder.withPayload(new StepExecutionRequest(workerStepName, stepExecutionId)).build());
    }
}
