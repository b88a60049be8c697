package vn.dnnd.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.dnnd.DnndApplication;
import vn.dnnd.system.DatabaseServer;

/**
 * Scheduler instances for tests, all on one database in a schema of their own (dropped at the end): the
 * machine's PostgreSQL (DNND_TEST_DB_URL, or 127.0.0.1:5432 when it answers), else the embedded server
 * of the test run. Each instance has its own home whose config points at that schema, enables the test
 * jobs, switches the shipped schedules off and adds the test's own.
 */
public final class SchedulerTestBed implements AutoCloseable {

    public static final String SHIPPED_SCHEDULES_OFF = """
            dnnd:
              test-jobs: true
              schedule:
                schedules:
                  intake: {enabled: false}
                  nightly-refresh: {enabled: false}
                  annual: {enabled: false}
                  reminder-14: {enabled: false}
                  reminder-3: {enabled: false}
            """;

    private final String url;
    private final String user;
    private final String password;
    private final String schema;
    private final JdbcTemplate jdbc;

    public SchedulerTestBed(DatabaseServer embedded, String purpose) {
        String external = System.getenv("DNND_TEST_DB_URL");
        if (external == null && answers("127.0.0.1", 5432)) {
            external = "jdbc:postgresql://127.0.0.1:5432/test";
        }
        this.url = external != null ? external : embedded.jdbcUrl();
        this.user = external != null ? System.getenv().getOrDefault("DNND_TEST_DB_USER", "postgres") : embedded.user();
        this.password = external != null ? System.getenv().getOrDefault("DNND_TEST_DB_PASSWORD", "") : embedded.password();
        this.schema = "dnnd_" + purpose + "_" + System.currentTimeMillis();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url + separator(url) + "currentSchema=" + schema,
                user, password);
        this.jdbc = new JdbcTemplate(dataSource);
        if (external != null) {
            // Keep btree_gist in public: created inside our schema, dropping the schema would drop it for everyone.
            new JdbcTemplate(new DriverManagerDataSource(url, user, password))
                    .execute("create extension if not exists btree_gist schema public");
        }
    }

    public String url() {
        return url;
    }

    public String schema() {
        return schema;
    }

    /** Reads and writes the test's schema (tables appear once the first instance has migrated it). */
    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /** A home for one instance; {@code applicationName} lets a test find (and cut) its connections. */
    public Path home(Path directory, String applicationName, String schedulesYaml) {
        try {
            Path config = Files.createDirectories(directory.resolve("config"));
            Files.writeString(config.resolve("application.yml"), """
                    # Quartz registers a scheduler's data sources JVM-wide by scheduler name: an instance of the bed
                    # started in the test JVM under the test run's own name ("dnnd") would rewire that scheduler to
                    # check in through the bed's database. The bed's instances cluster under a name of their own.
                    # (dnnd: stays last, tests append settings under it.)
                    spring:
                      quartz:
                        scheduler-name: dnnd_bed
                    dnnd:
                      db:
                        url: "%s%sApplicationName=%s"
                        user: "%s"
                        password: "%s"
                        schema: %s
                    """.formatted(url, separator(url), applicationName, user, password == null ? "" : password, schema));
            Files.writeString(config.resolve("schedules.yml"), SHIPPED_SCHEDULES_OFF + schedulesYaml);
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An application on that home, not yet scheduling (SchedulerService.start() makes it schedule). */
    public static ConfigurableApplicationContext application(Path home) {
        return new SpringApplicationBuilder(DnndApplication.class).run("--dnnd.home=" + home.toAbsolutePath());
    }

    /** Waits for a condition, polling; fails with the description when the timeout passes first. */
    public static void await(String description, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for: " + description);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for: " + description, e);
            }
        }
    }

    /** Counts rows, or 0 while the table does not exist yet. */
    public long count(String sql, Object... arguments) {
        try {
            Long count = jdbc.queryForObject(sql, Long.class, arguments);
            return count == null ? 0 : count;
        } catch (org.springframework.jdbc.BadSqlGrammarException e) {
            return 0;
        }
    }

    @Override
    public void close() {
        jdbc.execute("drop schema if exists " + schema + " cascade");
    }

    private static String separator(String url) {
        return url.contains("?") ? "&" : "?";
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
