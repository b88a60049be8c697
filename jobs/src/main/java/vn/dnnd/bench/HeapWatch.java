package vn.dnnd.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Measures the heap of this JVM while a phase runs: the peak of the heap in use (sampled every 10 ms,
 * garbage not yet collected included) and the peak still in use right after a collection (what the
 * phase really keeps), from the collectors' own notifications. The process's peak resident set
 * (VmHWM) is read from /proc where there is one.
 */
public final class HeapWatch {

    /** One phase: its wall time, its peak heap used, its peak live heap after GC, the process's peak RSS so far. */
    public record Phase(String name, long millis, long peakUsedBytes, long peakLiveBytes, long rssHighWaterBytes) {
    }

    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakLive = new AtomicLong();
    private final NotificationListener afterGc = (notification, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long live = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                    .filter(pool -> isHeapPool(pool.getKey())).mapToLong(pool -> pool.getValue().getUsed()).sum();
            peakLive.accumulateAndGet(live, Math::max);
        }
    };

    <T> Measured<T> measure(String name, Callable<T> phase) throws Exception {
        System.gc(); // start each phase from what the previous one left alive
        peakUsed.set(heapUsed());
        peakLive.set(heapUsed());
        listen(true);
        Thread sampler = new Thread(this::sample, "heap-watch");
        sampler.setDaemon(true);
        sampler.start();
        long started = System.nanoTime();
        try {
            T result = phase.call();
            long millis = (System.nanoTime() - started) / 1_000_000;
            return new Measured<>(result, new Phase(name, millis, peakUsed.get(), peakLive.get(), rssHighWater()));
        } finally {
            sampler.interrupt();
            sampler.join();
            listen(false);
        }
    }

    /** A phase's result and its figures. */
    record Measured<T>(T result, Phase phase) {
    }

    private void sample() {
        while (!Thread.currentThread().isInterrupted()) {
            peakUsed.accumulateAndGet(heapUsed(), Math::max);
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void listen(boolean on) throws Exception {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            NotificationEmitter emitter = (NotificationEmitter) collector;
            if (on) {
                emitter.addNotificationListener(afterGc, null, null);
            } else {
                emitter.removeNotificationListener(afterGc);
            }
        }
    }

    private static boolean isHeapPool(String pool) {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .anyMatch(bean -> bean.getName().equals(pool) && bean.getType() == java.lang.management.MemoryType.HEAP);
    }

    private static long heapUsed() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getUsed();
    }

    /** The process's peak resident set so far, in bytes; 0 where /proc/self/status is not there. */
    static long rssHighWater() {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return 0;
        }
        try {
            return Files.readAllLines(status).stream().filter(line -> line.startsWith("VmHWM:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024).findFirst().orElse(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
