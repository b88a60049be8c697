package vn.dnnd.cluster;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The cluster mode's settings ({@code dnnd.cluster.*}; README, "Running on several machines"). With no broker
 * every partition runs in this process; with one, partitions go to {@code worker} processes over RabbitMQ.
 *
 * @param broker            AMQP URL of RabbitMQ ({@code amqp://user:password@host:5672/vhost}); blank: no cluster
 * @param queue             the durable queue the partition requests wait in
 * @param worker            whether this process takes partitions from the queue ({@code worker}, {@code serve --work})
 * @param workerThreads     partitions one worker runs at once
 * @param pollMillis        how often a manager step looks in the job repository for its partitions' ends
 * @param timeoutMinutes    how long a manager step waits for its partitions before it fails (and can be restarted)
 * @param heartbeatSeconds  how often a worker says it is alive; one silent for three beats is shown as lost
 * @param shutdownSeconds   how long a stopping worker lets its running partitions finish before it interrupts them
 * @param brokerGraceSeconds how long a manager step lets the broker stay unreachable while partitions wait in it
 * @param attempts          runs a failed partition gets in all before its step fails
 * @param workerGraceSeconds how long a manager step lets requests wait while no worker is alive before it fails
 */
@ConfigurationProperties("dnnd.cluster")
public record ClusterProperties(String broker,
                                @DefaultValue("dnnd.partitions") String queue,
                                @DefaultValue("false") boolean worker,
                                @DefaultValue("1") int workerThreads,
                                @DefaultValue("1000") long pollMillis,
                                @DefaultValue("120") long timeoutMinutes,
                                @DefaultValue("10") int heartbeatSeconds,
                                @DefaultValue("600") int shutdownSeconds,
                                @DefaultValue("30") int brokerGraceSeconds,
                                @DefaultValue("2") int attempts,
                                @DefaultValue("60") int workerGraceSeconds) {

    public boolean enabled() {
        return broker != null && !broker.isBlank();
    }

    /** The broker's address without its password, for messages and logs. */
    public String brokerForDisplay() {
        if (!enabled()) {
            return "—";
        }
        try {
            URI uri = URI.create(broker.strip());
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                    + (uri.getPath() == null || uri.getPath().isEmpty() ? "" : uri.getPath());
        } catch (IllegalArgumentException e) {
            return "(invalid AMQP URL)";
        }
    }
}
