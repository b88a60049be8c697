package vn.dnnd.system;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Lets the job repository outlive a dropped database connection. When PostgreSQL goes away mid-chunk the
 * chunk rolls back, but Spring Batch then records the step's end on another pooled connection that may be
 * dead too; without a retry the execution ends UNKNOWN, which Spring Batch refuses to restart. Here the
 * repository's reads and updates, outside a chunk's transaction, are retried on fresh connections for
 * about eight seconds, so the execution ends FAILED and restartable. Inside a chunk's transaction nothing
 * is retried: the chunk must fail and roll back whole.
 */
@Component
class ResilientJobRepository implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(ResilientJobRepository.class);
    private static final long[] BACKOFF_MILLIS = {250, 500, 1000, 2000, 2000, 2000};

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof JobRepository repository)) {
            return bean;
        }
        return Proxy.newProxyInstance(JobRepository.class.getClassLoader(), new Class<?>[] {JobRepository.class},
                (proxy, method, arguments) -> {
                    boolean retryable = method.getName().startsWith("update") || method.getName().startsWith("get")
                            || method.getName().startsWith("find") || method.getName().startsWith("is");
                    for (int attempt = 0; ; attempt++) {
                        try {
                            return method.invoke(repository, arguments);
                        } catch (InvocationTargetException e) {
                            Throwable failure = e.getCause();
                            if (!retryable || attempt >= BACKOFF_MILLIS.length || !LostConnection.causedBy(failure)
                                    || TransactionSynchronizationManager.isActualTransactionActive()) {
                                throw failure;
                            }
                            log.warn("Job repository {} failed on a lost connection; retry {} in {} ms: {}",
                                    method.getName(), attempt + 1, BACKOFF_MILLIS[attempt], failure.getMessage());
                            Thread.sleep(BACKOFF_MILLIS[attempt]);
                        }
                    }
                });
    }
}
