package vn.dnnd.system;

import java.nio.file.Path;
import java.util.List;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Makes the home private (0700) before anything writes into it. Boot opens {@code logs/dnnd.log}
 * while it prepares the environment, before any bean exists, and would otherwise create the home and
 * its logs directory readable by every local user. Homes made by earlier versions are tightened here
 * too, with one log line naming what changed. Runs after the configuration files are read, so
 * {@code dnnd.home} from {@code --home}, {@code DNND_HOME} or a file is known.
 */
public class PrivateHome implements EnvironmentPostProcessor, Ordered {

    private final Log log;

    public PrivateHome(DeferredLogFactory logs) {
        this.log = logs.getLog(PrivateHome.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String home = environment.getProperty("dnnd.home");
        if (home == null || home.isBlank()) {
            return;
        }
        Path root = PrivateDirectories.create(Path.of(home).toAbsolutePath().normalize());
        PrivateDirectories.create(root.resolve("logs"));
        List<String> tightened = PrivateDirectories.tighten(HomeDirectory.privateDirectories(root));
        if (!tightened.isEmpty()) {
            log.warn("Closed to other local users (now mode 0700, was): " + String.join(", ", tightened));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
