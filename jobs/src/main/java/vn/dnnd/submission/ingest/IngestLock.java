package vn.dnnd.submission.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Component;
import vn.dnnd.submission.IntakeProperties;
import vn.dnnd.system.DnndException;
import vn.dnnd.system.HomeDirectory;

/**
 * One ingest at a time per home: an exclusive lock on {@code <home>/ingest.lock}, which the operating
 * system drops when the process dies (even on kill -9), behind a lock shared by the threads of this
 * process. With {@code dnnd.shared-directory} the file is there, so that nodes sharing an inbox and an
 * archive take turns (the shared file system must support locks, as NFSv4 does). The thread that holds it may take it again (the {@code ingest} command holds it while it
 * resumes an interrupted run and starts its own, and ingestJob takes it itself); the file is released
 * when the outermost holder lets go.
 */
@Component
class IngestLock {

    private final HomeDirectory home;
    private final IntakeProperties properties;
    private final ReentrantLock inProcess = new ReentrantLock();
    private FileChannel channel;
    private FileLock fileLock;

    IngestLock(HomeDirectory home, IntakeProperties properties) {
        this.home = home;
        this.properties = properties;
    }

    /** Waits up to {@code dnnd.intake.lock-wait-seconds} for any other ingest of this home to end. */
    Held acquire() {
        long deadline = System.nanoTime() + properties.lockWaitSeconds() * 1_000_000_000L;
        try {
            if (!inProcess.tryLock(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted(e);
        }
        if (inProcess.getHoldCount() == 1) {
            try {
                lockFile(deadline);
            } catch (RuntimeException e) {
                inProcess.unlock();
                throw e;
            }
        }
        return this::release;
    }

    private void lockFile(long deadline) {
        try {
            FileChannel opened = FileChannel.open(home.shared().resolve("ingest.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            while (true) {
                FileLock lock = tryLock(opened);
                if (lock != null) {
                    channel = opened;
                    fileLock = lock;
                    return;
                }
                if (System.nanoTime() > deadline) {
                    opened.close();
                    throw busy();
                }
                Thread.sleep(200);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + home.shared().resolve("ingest.lock"), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted(e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException sameFile) {
            // Another application context of this JVM (tests) holds it: wait like any other ingest.
            return null;
        }
    }

    private void release() {
        try {
            if (inProcess.getHoldCount() == 1) {
                fileLock.release();
                channel.close();
                fileLock = null;
                channel = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            inProcess.unlock();
        }
    }

    private static DnndException busy() {
        return new DnndException("Một lần nhận tệp khác đang chạy trên cùng thư mục dữ liệu; hãy thử lại sau",
                "another ingest is running on the same home; try again later");
    }

    private static DnndException interrupted(InterruptedException e) {
        return new DnndException("Bị dừng khi chờ lần nhận tệp khác", "interrupted while waiting for another ingest", e);
    }

    /** The lock as this thread holds it; closing it lets go once. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }
}
