package vn.dnnd.submission.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import vn.dnnd.system.DnndException;

/** An exclusive lock on a file under the home; the operating system drops it when the process dies. */
final class IngestLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private IngestLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static IngestLock acquire(Path file, int waitSeconds) {
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            long deadline = System.nanoTime() + waitSeconds * 1_000_000_000L;
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    return new IngestLock(channel, lock);
                }
                if (System.nanoTime() > deadline) {
                    channel.close();
                    throw new DnndException("Một lần nhận tệp khác đang chạy trên cùng thư mục dữ liệu; hãy thử lại sau",
                            "another ingest is running on the same home; try again later");
                }
                Thread.sleep(200);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + file, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DnndException("Bị dừng khi chờ lần nhận tệp khác", "interrupted while waiting for another ingest", e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            // Another thread of this process holds it: wait like any other ingest.
            return null;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
