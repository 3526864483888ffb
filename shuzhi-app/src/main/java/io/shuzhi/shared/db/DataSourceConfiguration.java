package io.shuzhi.shared.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The one DataSource: an external PostgreSQL when {@code SHUZHI_DB_URL} is set (production), otherwise
 * the embedded cluster. With {@code shuzhi.db.isolated=true} each application context gets a database of
 * its own on whichever server is in use, which is how the test suite runs against both.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DataSourceConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DataSourceConfiguration.class);

    @Bean(destroyMethod = "close")
    ShuzhiDataSource dataSource(DatabaseProperties props) {
        EmbeddedPostgres cluster = null;
        String url;
        String user;
        String password;
        if (props.embedded()) {
            cluster = props.isolated()
                    ? EmbeddedDatabase.sharedEphemeral()
                    : EmbeddedDatabase.startPersistent(Path.of(props.dataDir()));
            url = cluster.getJdbcUrl("postgres", "postgres");
            user = "postgres";
            password = "postgres";
            if (!props.isolated()) {
                createDatabaseIfMissing(url, user, password, "shuzhi");
                url = cluster.getJdbcUrl("postgres", "shuzhi");
            }
        } else {
            url = props.url();
            user = props.user();
            password = props.password();
            log.info("Using external PostgreSQL at {}", url.replaceAll("password=[^&]*", "password=***"));
        }
        Runnable dropIsolated = () -> { };
        if (props.isolated()) {
            String name = "shuzhi_" + UUID.randomUUID().toString().replace("-", "");
            String adminUrl = url;
            createDatabaseIfMissing(adminUrl, user, password, name);
            url = withDatabase(url, name);
            dropIsolated = () -> dropDatabase(adminUrl, user, password, name);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(props.poolSize());
        config.setPoolName("shuzhi");
        return new ShuzhiDataSource(new HikariDataSource(config), props.isolated() ? null : cluster, dropIsolated);
    }

    /** A test database is dropped with its context, so an external server does not fill up with them. */
    private static void dropDatabase(String url, String user, String password, String name) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("drop database if exists \"" + name + "\" with (force)");
        } catch (SQLException e) {
            log.warn("Could not drop test database {}: {}", name, e.getMessage());
        }
    }

    private static void createDatabaseIfMissing(String url, String user, String password, String name) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            var rs = s.executeQuery("select 1 from pg_database where datname = '" + name.replace("'", "") + "'");
            if (!rs.next()) {
                // the name is generated or a constant, never user input
                s.execute("create database \"" + name + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name + ": " + e.getMessage(), e);
        }
    }

    /** Replaces the database name in a {@code jdbc:postgresql://host:port/db?params} URL. */
    static String withDatabase(String url, String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String params = query < 0 ? "" : url.substring(query);
        int slash = base.indexOf('/', "jdbc:postgresql://".length());
        String hostPart = slash < 0 ? base : base.substring(0, slash);
        return hostPart + "/" + database + params;
    }

    /** The pool, and the embedded cluster it owns (if any), closed together on shutdown. */
    static final class ShuzhiDataSource extends org.springframework.jdbc.datasource.DelegatingDataSource implements AutoCloseable {
        private final HikariDataSource pool;
        private final EmbeddedPostgres cluster;
        private final Runnable afterClose;

        ShuzhiDataSource(HikariDataSource pool, EmbeddedPostgres cluster, Runnable afterClose) {
            super(pool);
            this.pool = pool;
            this.cluster = cluster;
            this.afterClose = afterClose;
        }

        @Override
        public void close() throws IOException {
            pool.close();
            afterClose.run();
            if (cluster != null) {
                log.info("Stopping embedded PostgreSQL");
                cluster.close();
            }
        }
    }
}
