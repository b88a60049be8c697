package vn.dnnd.cli;

import java.util.List;

/**
 * How a command other than {@code serve} starts the application: a command such as {@code indicators show} needs
 * a data source and a few queries, not the portal, the scheduler or every job, and starting those took most of
 * its time (docs/benchmarks.md, "Start-up").
 *
 * <ul>
 * <li>Beans are created when first used (lazy initialisation): a command builds what its services need.</li>
 * <li>The portal's and the scheduler's auto-configuration is left out; Quartz runs only in {@code serve}.</li>
 * </ul>
 */
final class CommandStartup {

    /**
     * A list given on the command line replaces application.yml's {@code spring.autoconfigure.exclude} instead of
     * adding to it, so the exclusion made there comes first again.
     */
    private static final List<String> LEFT_OUT = List.of(
            "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
            "org.springframework.boot.quartz.autoconfigure.QuartzAutoConfiguration",
            "org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration",
            "org.springframework.boot.amqp.autoconfigure.health.RabbitHealthContributorAutoConfiguration",
            "org.springframework.boot.amqp.autoconfigure.metrics.RabbitMetricsAutoConfiguration");

    static final List<String> ARGUMENTS = List.of("--spring.main.lazy-initialization=true",
            "--spring.autoconfigure.exclude=" + String.join(",", LEFT_OUT));

    private CommandStartup() {
    }
}
