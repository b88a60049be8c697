package vn.dnnd.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * How a command that runs until stopped ({@code serve}, {@code worker}) ends: Ctrl-C or SIGTERM make the shutdown
 * hook close the application; the command waits for that, lets the closing finish (running steps and
 * partitions commit first), and says it stopped. Watch before the work starts, so no closing is missed.
 */
final class UntilStopped {

    private final ConfigurableApplicationContext context;
    private final CountDownLatch closed = new CountDownLatch(1);

    UntilStopped(ConfigurableApplicationContext context) {
        this.context = context;
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
    }

    void await(PrintWriter out) throws InterruptedException {
        out.println("Ctrl-C hoặc SIGTERM để dừng (to stop).");
        out.flush();
        closed.await();
        // Another thread (the shutdown hook) is closing the context; this returns once it has finished.
        context.close();
        out.println("Đã dừng (stopped).");
        out.flush();
    }
}
