package uk.gov.signpost.platform.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.gov.signpost.platform.DatabaseProperties;

/**
 * One data source, whichever PostgreSQL it points at. The schema comes from the same Flyway migrations in both
 * cases.
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DataSourceConfiguration.class);

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseProperties properties, org.springframework.beans.factory.ObjectProvider<EmbeddedPostgresServer> embedded) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("signpost");
        config.setMaximumPoolSize(properties.poolSize());
        if (properties.embedded()) {
            EmbeddedPostgresServer server = embedded.getObject();
            config.setJdbcUrl(server.jdbcUrl());
            config.setUsername("postgres");
            log.info("event=database_selected kind=embedded");
        } else {
            ExternalDatabaseUrl url = ExternalDatabaseUrl.parse(properties.url());
            config.setJdbcUrl(url.jdbcUrl());
            String user = properties.user() != null ? properties.user() : url.user();
            String password = properties.password() != null ? properties.password() : url.password();
            if (user != null) {
                config.setUsername(user);
            }
            if (password != null) {
                config.setPassword(password);
            }
            log.info("event=database_selected kind=external");
        }
        return new HikariDataSource(config);
    }

    /** Created only when needed; Spring stops it after the pool has closed, because the pool depends on it. */
    @Bean(destroyMethod = "destroy")
    @org.springframework.context.annotation.Lazy
    EmbeddedPostgresServer embeddedPostgresServer(DatabaseProperties properties) {
        return EmbeddedPostgresServer.start(properties.dataDir());
    }
}
