package vn.dnnd.submission.ingest;

import java.nio.file.Path;

/** A file waiting in the inbox. */
public record InboxFile(Path path, long byteSize) {

    public String name() {
        return path.getFileName().toString();
    }
}
