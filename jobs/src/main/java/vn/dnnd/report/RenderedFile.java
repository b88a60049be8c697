package vn.dnnd.report;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file a renderer wrote.
 *
 * @param kind  the renderer's kind
 * @param scope what it covers: "national", or "region:DBSCL" for a region's report
 */
public record RenderedFile(String kind, String scope, Path path) {

    public RenderedFile {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(path, "path");
    }
}
