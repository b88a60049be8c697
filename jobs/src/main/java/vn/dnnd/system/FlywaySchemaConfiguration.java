package vn.dnnd.system;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * When the external database is shared, {@code dnnd.db.schema} keeps our tables in a schema of
 * their own; Flyway must then create and migrate that schema rather than {@code public}.
 */
@Configuration(proxyBeanMethods = false)
class FlywaySchemaConfiguration {

    @Bean
    FlywayConfigurationCustomizer dnndSchemaCustomizer(DnndProperties properties) {
        return configuration -> {
            String schema = properties.db().schema();
            if (schema != null && !schema.isBlank()) {
                configuration.schemas(schema).defaultSchema(schema).createSchemas(true);
            }
        };
    }
}
