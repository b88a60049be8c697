package vn.dnnd.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.dnnd.DnndApplication;

@SpringBootTest
class DatabaseStartupTests {

    @Autowired
    DatabaseServer server;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyMigrationAppliesToAnEmptyDatabase() throws Exception {
        String database = "migration_check_" + System.nanoTime();
        jdbc.execute("create database " + database);
        String url = server.jdbcUrl().replace("/postgres", "/" + database);
        try (Connection connection = DriverManager.getConnection(url, server.user(), server.password())) {
            var dataSource = new SingleConnectionDataSource(connection, true);
            MigrateResult result = Flyway.configure().dataSource(dataSource)
                    .locations("classpath:sql/migration").failOnMissingLocations(true).load().migrate();

            assertThat(result.success).isTrue();
            assertThat(result.migrationsExecuted).isEqualTo(migrationFilesInSourceTree());
            List<String> tables = new JdbcTemplate(dataSource).queryForList(
                    "select table_name from information_schema.tables where table_schema = 'public'", String.class);
            assertThat(tables).contains("task", "indicator", "region", "organisation", "reporting_period",
                    "submission", "submission_value", "submission_narrative", "submission_activity", "intake_file",
                    "validation_issue", "indicator_value", "task_score", "completeness", "report_artifact",
                    "batch_job_execution", "qrtz_triggers", "organisation_history");
        } finally {
            jdbc.execute("drop database " + database);
        }
    }

    @Test
    void constraintsRejectImpossibleReferenceRows() {
        assertThatThrownBy(() -> jdbc.update("insert into task values (9, 'T9', 'x', 'x', 'x')"))
                .hasMessageContaining("task_task_no_check");
        assertThatThrownBy(() -> jdbc.update("""
                insert into region (region_id, scheme, code, name_vi, name_en, valid_from, valid_to, sort_order)
                values ('2030:X', '2030', 'X', 'x', 'x', date '2030-01-01', date '2029-01-01', 1)"""))
                .hasMessageContaining("region_valid_from_before_valid_to");
    }

    @Test
    void aMissingMigrationLocationStopsTheStart() {
        // Command-line arguments: they outrank application.yml, as an operator's override would.
        assertThatThrownBy(() -> new SpringApplicationBuilder(DnndApplication.class)
                .run("--spring.flyway.locations=classpath:sql/nowhere").close())
                .hasStackTraceContaining("sql/nowhere");
    }

    private static long migrationFilesInSourceTree() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("../sql/migration"))) {
            return files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
    }
}
