package vn.dnnd.cluster;

import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.integration.core.MessagingTemplate;

/** Makes the manager's {@link RemotePartitionHandler} of each partitioned step, in the cluster mode. */
final class RemotePartitions {

    private final MessagingTemplate requests;
    private final PartitionBroker broker;
    private final PartitionStatuses statuses;
    private final ClusterWorkers workers;
    private final JobRepository jobRepository;
    private final ClusterProperties settings;

    RemotePartitions(MessagingTemplate requests, PartitionBroker broker, PartitionStatuses statuses,
                     ClusterWorkers workers, JobRepository jobRepository, ClusterProperties settings) {
        this.workers = workers;
        this.requests = requests;
        this.broker = broker;
        this.statuses = statuses;
        this.jobRepository = jobRepository;
        this.settings = settings;
    }

    PartitionHandler handler(String workerStepName) {
        return new RemotePartitionHandler(workerStepName, requests, broker, statuses, workers, jobRepository, settings,
                Math.max(1, settings.attempts()));
    }
}
