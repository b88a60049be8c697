package vn.dnnd.cluster;

import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Where a partitioned step's partitions run: on threads of this process (the default), or, with
 * {@code dnnd.cluster.broker} set, on the cluster's workers. A feature builds its partitioned step with the
 * handler this gives, and the same partitions, worker step and results either way.
 */
@Component
public class Partitions {

    private final ObjectProvider<RemotePartitions> remote;

    public Partitions(ObjectProvider<RemotePartitions> remote) {
        this.remote = remote;
    }

    /**
     * A partitioned step named {@code name}: {@code partitioner}'s partitions run by {@code workerStep}, on the
     * cluster's workers or at most {@code localThreads} at once in this process.
     */
    public Step step(String name, JobRepository jobRepository, Partitioner partitioner, Step workerStep,
                     int localThreads) {
        return new StepBuilder(name, jobRepository).partitioner(workerStep.getName(), partitioner)
                .partitionHandler(handler(workerStep, localThreads)).build();
    }

    /** The handler for partitions run by {@code workerStep}, at most {@code localThreads} at once in this process. */
    PartitionHandler handler(Step workerStep, int localThreads) {
        RemotePartitions cluster = remote.getIfAvailable();
        if (cluster != null) {
            return cluster.handler(workerStep.getName());
        }
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor(workerStep.getName() + "-");
        threads.setConcurrencyLimit(Math.max(1, localThreads));
        TaskExecutorPartitionHandler local = new TaskExecutorPartitionHandler();
        local.setStep(workerStep);
        local.setTaskExecutor(threads);
        return local;
    }

    /** Whether partitions go to the cluster's workers. */
    public boolean remote() {
        return remote.getIfAvailable() != null;
    }
}
