package vn.dnnd.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The SQL statements kept as files, {@code sql/queries/<feature>/<name>.sql} (packaged into the jar under
 * {@code sql/}), each read from the classpath the first time it is asked for and kept.
 */
@Component
public class NamedQueries {

    private static final String LOCATION = "classpath:sql/queries/";

    private final ResourceLoader resourceLoader;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public NamedQueries(ResourceLoader resourceLoader) {
        this.resourceLoader = resourceLoader;
    }

    /** The text of {@code sql/queries/<feature>/<name>.sql}; fails naming the file if it is not there. */
    public String get(String feature, String name) {
        return cache.computeIfAbsent(feature + "/" + name, this::read);
    }

    private String read(String path) {
        String file = "sql/queries/" + path + ".sql";
        Resource resource = resourceLoader.getResource(LOCATION + path + ".sql");
        if (!resource.exists()) {
            throw new IllegalStateException("no named query " + path + ": " + file + " is not on the classpath");
        }
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the named query " + file, e);
        }
    }
}
