package vn.dnnd.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dnnd.DnndApplication;

/**
 * Homes made before the embedded server needed a password: anyone could log in, and the directories had
 * the default mode. They must be closed at their next start, or at once if their server is still running,
 * without losing their data. Also: a deleted password file gets a new password.
 */
class EmbeddedDatabaseUpgradeTests {

    private static final List<String> EARLIER_DIRECTORIES = List.of("", "logs", "inbox", "archive", "reports");

    @Test
    void aHomeOfAnEarlierVersionIsClosedAtItsNextStart(@TempDir Path home) throws Exception {
        try (EmbeddedPostgres earlier = earlierVersionServer(home);
             Connection anyone = DriverManager.getConnection(url(earlier.getPort()), "postgres", null)) {
            anyone.createStatement().execute(
                    "create schema earlier; create table earlier.kept (note text); insert into earlier.kept values ('giữ lại')");
        }

        try (ConfigurableApplicationContext application = new SpringApplicationBuilder(DnndApplication.class)
                .run("--dnnd.home=" + home)) {
            DatabaseServer server = application.getBean(DatabaseServer.class);
            JdbcTemplate jdbc = application.getBean(JdbcTemplate.class);

            assertThat(jdbc.queryForObject("select note from earlier.kept", String.class)).isEqualTo("giữ lại");
            assertRefusedWithoutPassword(server.jdbcUrl());
            assertThat(jdbc.queryForList("select distinct auth_method from pg_hba_file_rules", String.class))
                    .containsExactly("scram-sha-256");
            assertThat(mode(home.resolve("db-password"))).isEqualTo("rw-------");
            for (String directory : EARLIER_DIRECTORIES) {
                assertThat(mode(home.resolve(directory))).as(directory).isEqualTo("rwx------");
            }
        }
    }

    @Test
    void aServerAnEarlierVersionLeftRunningIsClosedWhenACommandAttaches(@TempDir Path home) throws Exception {
        try (EmbeddedPostgres earlier = earlierVersionServer(home)) {
            DriverManager.getConnection(url(earlier.getPort()), "postgres", null).close();

            try (EmbeddedPostgresServer attached = startOrAttach(home)) {
                assertThat(attached.describe()).endsWith("attached)");
                assertRefusedWithoutPassword(attached.jdbcUrl());
                try (Connection withPassword = DriverManager.getConnection(attached.jdbcUrl(), "postgres",
                        attached.password())) {
                    assertThat(withPassword.isValid(5)).isTrue();
                }
            }
        }
    }

    @Test
    void aDeletedPasswordFileGetsANewPasswordAtTheNextStart(@TempDir Path home) throws Exception {
        Files.createDirectories(home.resolve("logs"));
        Path passwordFile = home.resolve("db-password");
        String first;
        try (EmbeddedPostgresServer server = startOrAttach(home)) {
            first = server.password();
            Files.delete(passwordFile);

            assertThatThrownBy(() -> startOrAttach(home))
                    .hasMessageContaining("password file " + passwordFile + " was deleted; stop the server");
            assertThat(passwordFile).doesNotExist();
        }

        try (EmbeddedPostgresServer restarted = startOrAttach(home)) {
            assertThat(restarted.password()).isNotEqualTo(first).isEqualTo(Files.readString(passwordFile).strip());
            assertThatThrownBy(() -> DriverManager.getConnection(restarted.jdbcUrl(), "postgres", first).close())
                    .hasMessageContaining("password authentication failed");
            DriverManager.getConnection(restarted.jdbcUrl(), "postgres", restarted.password()).close();
        }
    }

    private static EmbeddedPostgresServer startOrAttach(Path home) {
        return EmbeddedPostgresServer.startOrAttach(home.resolve("pgdata"), home.resolve("logs"),
                home.resolve("db-password"));
    }

    /**
     * A server as earlier versions started it: zonky's defaults, so "trust" for every login and no
     * password; directories with the default mode. (Its socket is left out only to keep this test out of
     * /tmp; the binaries are the same ones.)
     */
    private static EmbeddedPostgres earlierVersionServer(Path home) throws IOException {
        for (String directory : EARLIER_DIRECTORIES) {
            Files.createDirectories(home.resolve(directory));
            Files.setPosixFilePermissions(home.resolve(directory), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Redirect log = Redirect.appendTo(home.resolve("logs/postgres.log").toFile());
        return EmbeddedPostgres.builder()
                .setPgBinaryResolver(PostgresBinaries.INSTANCE)
                .setOverrideWorkingDirectory(PostgresBinaries.workingDirectory().toFile())
                .setDataDirectory(home.resolve("pgdata"))
                .setCleanDataDirectory(false)
                .setServerConfig("unix_socket_directories", "")
                .setOutputRedirector(log)
                .setErrorRedirector(log)
                .start();
    }

    private static void assertRefusedWithoutPassword(String jdbcUrl) {
        assertThatThrownBy(() -> DriverManager.getConnection(jdbcUrl, "postgres", null).close())
                .isInstanceOf(SQLException.class).hasMessageContaining("no password was provided");
    }

    private static String url(int port) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
