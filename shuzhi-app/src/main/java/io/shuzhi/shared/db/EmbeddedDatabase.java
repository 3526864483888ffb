package io.shuzhi.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The embedded PostgreSQL cluster. A persistent cluster keeps its data directory across restarts;
 * an ephemeral one (tests) lives in a temporary directory and is shared by every application context
 * of the JVM, each of which gets its own database, so contexts stay isolated but start fast.
 */
final class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static EmbeddedPostgres shared;

    private EmbeddedDatabase() {
    }

    static EmbeddedPostgres startPersistent(Path dataDir) {
        Path pgDir = dataDir.resolve("pg");
        try {
            Files.createDirectories(pgDir);
            log.info("Starting embedded PostgreSQL with data in {}", pgDir.toAbsolutePath());
            return builder().setDataDirectory(pgDir).setCleanDataDirectory(false).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start embedded PostgreSQL in " + pgDir.toAbsolutePath(), e);
        }
    }

    /** One cluster per JVM for tests; stopped by a shutdown hook when the JVM ends. */
    static synchronized EmbeddedPostgres sharedEphemeral() {
        if (shared == null) {
            try {
                shared = builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
            }
            EmbeddedPostgres cluster = shared;
            // a Spring shutdown handler runs after every application context has closed; a plain JVM hook would race
            // them and stop the server while beans still flush to it (each then waits out the pool's 30 s timeout)
            SpringApplication.getShutdownHandlers().add(() -> {
                try {
                    cluster.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the temporary directory goes with it
                }
            });
        }
        return shared;
    }

    private static EmbeddedPostgres.Builder builder() {
        return EmbeddedPostgres.builder()
                // stopped by Spring after the contexts close (see above, and ShuzhiDataSource.close), never by zonky's
                // own JVM hook, which would stop it under a still-running application
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "300")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("fsync", "on");
    }
}
