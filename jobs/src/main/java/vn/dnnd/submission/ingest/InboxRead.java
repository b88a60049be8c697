package vn.dnnd.submission.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;

/**
 * Reads a listed inbox file once, without following a link, and only if it is still the file that was
 * listed before and after the reading (same identity, size and time): a file being rewritten is left in
 * the inbox for a later run, a file that is gone is skipped, and either is noted. The bytes read are
 * copied to the archive's staging area at once, so that what is archived is what was validated and
 * stored, whatever happens to the inbox afterwards.
 */
final class InboxRead {

    /** The file (with its staged copy) and its bytes. */
    record Read(InboxFile file, byte[] content) {
    }

    private InboxRead() {
    }

    /** Null when the file was left in the inbox or was gone; {@code notes} then says which. */
    static Read read(InboxFile file, Archive archive, InboxNotes notes) throws IOException {
        try {
            byte[] content;
            if (file.sameAs(attributes(file.path()))) {
                content = readNoFollow(file.path(), file.byteSize());
                if (content != null && file.sameAs(attributes(file.path()))) {
                    return new Read(file.withStaged(archive.stage(content)), content);
                }
            }
        } catch (NoSuchFileException gone) {
            notes.left(file.name(), "tệp đã biến mất khỏi thư mục nhận trước khi được đọc; bỏ qua",
                    "the file vanished from the inbox before it was read; skipped");
            return null;
        } catch (FileSystemException replacedByLink) {
            // O_NOFOLLOW refuses a path that became a symbolic link after it was listed: it changed.
        }
        notes.left(file.name(), "tệp thay đổi trong khi được đọc (có thể đang được ghi); sẽ nhận ở lần chạy sau",
                "the file changed while it was read (perhaps still being written); taken by a later run");
        return null;
    }

    private static BasicFileAttributes attributes(Path path) throws IOException {
        return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    }

    /** The file's bytes, or null when there are more or fewer than {@code expected} (it is changing). */
    static byte[] readNoFollow(Path path, long expected) throws IOException {
        byte[] content = new byte[Math.toIntExact(expected)];
        try (SeekableByteChannel channel = Files.newByteChannel(path, Set.of(StandardOpenOption.READ,
                LinkOption.NOFOLLOW_LINKS))) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer) < 0) {
                    return null;
                }
            }
            return channel.read(ByteBuffer.allocate(1)) < 0 ? content : null;
        }
    }
}
