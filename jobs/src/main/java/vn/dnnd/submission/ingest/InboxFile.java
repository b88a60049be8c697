package vn.dnnd.submission.ingest;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;

/**
 * A file waiting in the inbox as it was listed: its size, modification time and identity (inode), or,
 * for a symbolic link, where it points ({@code linkTarget}; a link is never followed). Once read,
 * {@code staged} is a copy of the bytes that were read, and that copy, not whatever the inbox holds
 * later, is what the archive keeps.
 */
public record InboxFile(Path path, long byteSize, FileTime modified, Object fileKey, String linkTarget, Path staged) {

    /** A file (or a part of one) whose listing details do not matter. */
    public InboxFile(Path path, long byteSize) {
        this(path, byteSize, null, null, null, null);
    }

    static InboxFile listed(Path path, BasicFileAttributes attributes) {
        return new InboxFile(path, attributes.size(), attributes.lastModifiedTime(), attributes.fileKey(), null, null);
    }

    static InboxFile link(Path path, String target) {
        return new InboxFile(path, 0, null, null, target, null);
    }

    public String name() {
        return path.getFileName().toString();
    }

    public boolean link() {
        return linkTarget != null;
    }

    InboxFile withStaged(Path copy) {
        return new InboxFile(path, byteSize, modified, fileKey, linkTarget, copy);
    }

    /** Whether {@code now} (the path's attributes, links not followed) describe the file as it was listed. */
    boolean sameAs(BasicFileAttributes now) {
        return now.isRegularFile() && now.size() == byteSize && Objects.equals(now.lastModifiedTime(), modified)
                && Objects.equals(now.fileKey(), fileKey);
    }
}
