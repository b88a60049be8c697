package vn.dnnd.system;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database: an external PostgreSQL when {@code dnnd.db.url} is set, otherwise the embedded one
 * under the home directory. The pool opens a connection at once so an unreachable server fails the
 * start with a clear cause instead of at the first query.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    DatabaseServer databaseServer(DnndProperties properties, HomeDirectory home) {
        if (properties.db().external()) {
            return DatabaseServer.external(properties.db());
        }
        return EmbeddedPostgresServer.startOrAttach(home.postgresData(), home.logs(), home.databasePassword());
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(DatabaseServer server, DnndProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("dnnd");
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername(server.user());
        config.setPassword(server.password());
        config.setMaximumPoolSize(properties.db().maxPoolSize());
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(1);
        if (properties.db().schema() != null && !properties.db().schema().isBlank()) {
            config.setSchema(properties.db().schema());
        }
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new DnndException("Không kết nối được cơ sở dữ liệu: " + server.describe(),
                    "database unreachable: " + server.describe() + ": " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
