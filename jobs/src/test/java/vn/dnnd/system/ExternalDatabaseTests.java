package vn.dnnd.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dnnd.DnndApplication;
import vn.dnnd.referencedata.ReferenceDataService;
import vn.dnnd.referencedata.ReferenceQueries;

/**
 * Against a real external server (DNND_TEST_DB_URL, e.g. the machine's PostgreSQL 15), in a schema
 * of its own that is dropped afterwards. No embedded server may start.
 */
@EnabledIfEnvironmentVariable(named = "DNND_TEST_DB_URL", matches = ".+")
class ExternalDatabaseTests {

    @Test
    void migratesAndLoadsReferenceDataOnAnExternalServer() {
        String schema = "dnnd_it_" + System.currentTimeMillis();
        String user = System.getenv().getOrDefault("DNND_TEST_DB_USER", "postgres");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DnndApplication.class)
                .run("--dnnd.db.url=" + System.getenv("DNND_TEST_DB_URL"), "--dnnd.db.user=" + user,
                        "--dnnd.db.password=" + System.getenv().getOrDefault("DNND_TEST_DB_PASSWORD", ""),
                        "--dnnd.db.schema=" + schema)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            try {
                assertThat(context.getBean(DatabaseServer.class).describe()).startsWith("external PostgreSQL");
                context.getBean(ReferenceDataService.class).load();

                assertThat(jdbc.queryForObject("select count(*) from " + schema + ".organisation", Integer.class))
                        .isEqualTo(128);
                assertThat(context.getBean(ReferenceQueries.class).lookup("LONGAN", LocalDate.of(2024, 12, 31))
                        .orElseThrow().regionId()).isEqualTo("2023:DBSCL");
                assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
            } finally {
                jdbc.execute("drop schema " + schema + " cascade");
            }
        }
    }
}
