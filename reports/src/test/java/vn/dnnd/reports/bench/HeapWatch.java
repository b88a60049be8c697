package vn.dnnd.reports.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Peak heap while a piece of work runs: the highest heap in use sampled every 5 ms (garbage included),
 * and the highest heap still in use right after a garbage collection (what the work really keeps).
 */
final class HeapWatch implements AutoCloseable, NotificationListener {

    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakLive = new AtomicLong();
    private final Thread sampler;
    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    private final List<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(pool -> pool.getName()).toList();
    private volatile boolean running = true;

    HeapWatch() {
        System.gc();
        for (GarbageCollectorMXBean collector : collectors) {
            ((NotificationEmitter) collector).addNotificationListener(this, null, null);
        }
        sampler = new Thread(() -> {
            while (running) {
                peakUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }, "heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
        if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        Map<String, MemoryUsage> after = info.getGcInfo().getMemoryUsageAfterGc();
        long live = heapPools.stream().map(after::get).filter(usage -> usage != null).mapToLong(MemoryUsage::getUsed).sum();
        peakLive.accumulateAndGet(live, Math::max);
    }

    long peakUsedMb() {
        return peakUsed.get() / (1024 * 1024);
    }

    long peakLiveMb() {
        return peakLive.get() / (1024 * 1024);
    }

    @Override
    public void close() throws Exception {
        running = false;
        sampler.join();
        for (GarbageCollectorMXBean collector : collectors) {
            ((NotificationEmitter) collector).removeNotificationListener(this);
        }
    }
}
