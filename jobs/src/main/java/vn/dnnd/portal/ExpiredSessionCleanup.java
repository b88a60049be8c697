package vn.dnnd.portal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes expired portal sessions from PostgreSQL (V72) every {@code dnnd.portal.session-cleanup-seconds}
 * (60). Spring Session's own clean-up runs only under {@code @EnableScheduling}, which nothing else here
 * needs. Every serve node runs it; the deletes of two nodes at once are harmless (an expired row is gone
 * or not). A failed clean-up is logged and tried again at the next turn: an expired session is refused
 * when it is read whether or not its row is still there.
 */
@Component
@ConditionalOnWebApplication
class ExpiredSessionCleanup implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ExpiredSessionCleanup.class);

    private final JdbcIndexedSessionRepository sessions;
    private final Duration every;
    private ScheduledExecutorService thread;

    ExpiredSessionCleanup(JdbcIndexedSessionRepository sessions,
                          @Value("${dnnd.portal.session-cleanup-seconds:60}") long everySeconds) {
        this.sessions = sessions;
        this.every = Duration.ofSeconds(Math.max(1, everySeconds));
    }

    @Override
    public synchronized void start() {
        thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread cleanup = new Thread(runnable, "dnnd:session-cleanup");
            cleanup.setDaemon(true);
            return cleanup;
        });
        thread.scheduleWithFixedDelay(this::cleanUp, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void cleanUp() {
        try {
            sessions.cleanUpExpiredSessions();
        } catch (RuntimeException e) {
            log.warn("Could not delete expired portal sessions; trying again in {} s", every.toSeconds(), e);
        }
    }

    @Override
    public synchronized void stop() {
        if (thread != null) {
            thread.shutdownNow();
            thread = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }
}
