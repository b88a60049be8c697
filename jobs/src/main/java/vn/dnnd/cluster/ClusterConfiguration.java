package vn.dnnd.cluster;

import java.net.URI;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The cluster mode, present only when {@code dnnd.cluster.broker} is set: partition requests leave through
 * Spring Integration's AMQP outbound endpoint to one durable queue, and a worker process takes them from it
 * through the AMQP inbound adapter, one unacknowledged request per consumer (prefetch 1, acknowledged when
 * its partition ends, so a worker that dies gives its request back to the broker). Nothing here connects
 * until a partitioned step sends or a worker starts.
 *
 * <p>The flows are created eagerly even in a command's lazy context: a lazy flow would never subscribe its
 * endpoint to the channel.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${dnnd.cluster.broker:}'.isBlank()")
@EnableIntegration
class ClusterConfiguration {

    @Bean
    CachingConnectionFactory clusterConnections(ClusterProperties settings) {
        CachingConnectionFactory connections = new CachingConnectionFactory(URI.create(settings.broker().strip()));
        connections.setConnectionTimeout(5_000);
        connections.setRequestedHeartBeat(10);
        return connections;
    }

    @Bean
    RabbitTemplate clusterRequestTemplate(CachingConnectionFactory clusterConnections) {
        RabbitTemplate template = new RabbitTemplate(clusterConnections);
        template.setMessageConverter(new PartitionRequestConverter());
        return template;
    }

    @Bean
    DirectChannel partitionRequests() {
        return new DirectChannel();
    }

    @Bean
    @Lazy(false)
    IntegrationFlow partitionRequestsToBroker(DirectChannel partitionRequests, RabbitTemplate clusterRequestTemplate,
                                              ClusterProperties settings) {
        return IntegrationFlow.from(partitionRequests)
                .handle(Amqp.outboundAdapter(clusterRequestTemplate).routingKey(settings.queue()))
                .get();
    }

    @Bean
    RemotePartitions remotePartitions(DirectChannel partitionRequests, CachingConnectionFactory clusterConnections,
                                      NamedParameterJdbcTemplate jdbc, JobRepository jobRepository,
                                      ClusterWorkers workers, ClusterProperties settings) {
        return new RemotePartitions(new MessagingTemplate(partitionRequests),
                new PartitionBroker(clusterConnections, settings), new PartitionStatuses(jdbc, jobRepository),
                workers, jobRepository, settings);
    }

    /** A process that takes partitions: {@code worker}, or {@code serve --work}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "dnnd.cluster.worker", havingValue = "true")
    static class Worker {

        @Bean
        @Lazy(false)
        WorkerHeartbeat workerHeartbeat(ClusterWorkers workers, ClusterProperties settings) {
            return new WorkerHeartbeat(workers, settings.heartbeatSeconds());
        }

        @Bean
        SimpleMessageListenerContainer partitionListener(CachingConnectionFactory clusterConnections,
                                                         ClusterProperties settings) {
            SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(clusterConnections);
            container.setQueues(PartitionBroker.queue(settings));
            container.setAcknowledgeMode(AcknowledgeMode.AUTO);
            container.setPrefetchCount(1);
            container.setConcurrentConsumers(Math.max(1, settings.workerThreads()));
            container.setDefaultRequeueRejected(false);
            container.setShutdownTimeout(settings.shutdownSeconds() * 1000L);
            // A broker that is down when the worker starts, or goes away, is tried again every 5 s.
            container.setRecoveryInterval(5_000);
            container.setMissingQueuesFatal(false);
            return container;
        }

        @Bean
        @Lazy(false)
        IntegrationFlow partitionRequestsFromBroker(SimpleMessageListenerContainer partitionListener,
                                                    JobRepository jobRepository, BeanFactory beans,
                                                    ClusterWorkers workers, PartitionLeases leases) {
            PartitionRequestHandler handler = new PartitionRequestHandler(jobRepository, beans, workers, leases);
            return IntegrationFlow.from(Amqp.inboundAdapter(partitionListener)
                            .messageConverter(new PartitionRequestConverter()))
                    .handle(StepExecutionRequest.class, (request, headers) -> {
                        handler.handle(request);
                        return null;
                    })
                    .get();
        }
    }
}
