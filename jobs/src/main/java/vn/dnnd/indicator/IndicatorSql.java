package vn.dnnd.indicator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/** The named SQL files of this feature ({@code sql/queries/indicator/NAME.sql}), read once and kept. */
@Component
public class IndicatorSql {

    private static final String LOCATION = "classpath:sql/queries/indicator/";

    private final ResourceLoader resourceLoader;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public IndicatorSql(ResourceLoader resourceLoader) {
        this.resourceLoader = resourceLoader;
    }

    public String get(String name) {
        return cache.computeIfAbsent(name, this::read);
    }

    private String read(String name) {
        Resource resource = resourceLoader.getResource(LOCATION + name + ".sql");
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the named query " + resource, e);
        }
    }
}
