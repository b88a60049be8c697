package vn.dnnd.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded server of the test run, as another local account would probe it: it must ask for the
 * home's password, listen on loopback only, have no socket anyone could open, and the home must be
 * closed to other users. The application itself still gets in.
 */
@SpringBootTest
class EmbeddedDatabaseSecurityTests {

    @Autowired
    DatabaseServer server;

    @Autowired
    HomeDirectory home;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLoginWithoutThePasswordIsRefusedAndTheApplicationStillGetsIn() throws Exception {
        assertThat(server.describe()).startsWith("embedded PostgreSQL");

        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", null).close())
                .isInstanceOf(SQLException.class).hasMessageContaining("no password was provided");
        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "postgres").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");

        assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo("postgres");
        String password = Files.readString(home.databasePassword()).strip();
        try (var connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", password)) {
            assertThat(connection.isValid(5)).isTrue();
        }
    }

    @Test
    void theServerListensOnLoopbackOnlyAndHasNoSocket() {
        assertThat(jdbc.queryForObject("show listen_addresses", String.class)).isEqualTo("127.0.0.1");
        assertThat(jdbc.queryForObject("show unix_socket_directories", String.class)).isEmpty();
        int port = jdbc.queryForObject("show port", Integer.class);
        assertThat(Path.of(System.getProperty("java.io.tmpdir"), ".s.PGSQL." + port)).doesNotExist();
        assertThat(Path.of("/tmp", ".s.PGSQL." + port)).doesNotExist();
        assertThat(jdbc.queryForList("select distinct auth_method from pg_hba_file_rules", String.class))
                .containsExactly("scram-sha-256");
    }

    @Test
    void thePasswordFileAndTheHomeAreClosedToOtherUsers() throws Exception {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.databasePassword())))
                .isEqualTo("rw-------");
        for (Path directory : new Path[] {home.root(), home.postgresData(), home.inbox(), home.archive(),
                home.reports(), home.logs(), home.uploads()}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory)))
                    .as(directory.toString()).isEqualTo("rwx------");
        }
    }
}
