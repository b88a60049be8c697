package vn.dnnd.cluster;

import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.Connection;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;

/**
 * The manager's view of RabbitMQ: the queue made sure of before the first request of a step (a message sent to
 * a queue that does not exist is dropped without a word), and whether the broker still answers while
 * partitions wait in it.
 */
final class PartitionBroker {

    private final ConnectionFactory connections;
    private final RabbitAdmin admin;
    private final ClusterProperties settings;

    PartitionBroker(ConnectionFactory connections, ClusterProperties settings) {
        this.connections = connections;
        this.admin = new RabbitAdmin(connections);
        this.settings = settings;
    }

    /** The durable queue the requests go to; fails clearly when the broker does not answer. */
    void declareQueue() {
        try {
            admin.declareQueue(queue(settings));
        } catch (AmqpException e) {
            throw PartitionFailures.unreachable(settings, e);
        }
    }

    static Queue queue(ClusterProperties settings) {
        return new Queue(settings.queue(), true, false, false);
    }

    /** Watches the broker for one manager step. */
    Watch watch() {
        return new Watch();
    }

    final class Watch {

        private long lostSince = -1;

        /** Fails once the broker has been unreachable for the grace period while {@code waiting} requests wait. */
        void check(long waiting) {
            try (Connection connection = connections.createConnection()) {
                if (connection.isOpen()) {
                    lostSince = -1;
                    return;
                }
                lost(waiting, null);
            } catch (AmqpException e) {
                lost(waiting, e);
            }
        }

        private void lost(long waiting, AmqpException cause) {
            long now = System.nanoTime();
            if (lostSince < 0) {
                lostSince = now;
            }
            long seconds = (now - lostSince) / 1_000_000_000L;
            if (waiting > 0 && seconds >= settings.brokerGraceSeconds()) {
                throw PartitionFailures.lost(settings, waiting, seconds,
                        cause == null ? new IllegalStateException("connection closed") : cause);
            }
        }
    }
}
