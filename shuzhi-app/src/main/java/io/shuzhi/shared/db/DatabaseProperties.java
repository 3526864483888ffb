package io.shuzhi.shared.db;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the database is. With no {@code url}, Shuzhi runs its own embedded PostgreSQL under {@code dataDir}.
 *
 * @param url        JDBC URL of an external PostgreSQL ({@code SHUZHI_DB_URL}); blank means embedded
 * @param user       user of the external database ({@code SHUZHI_DB_USER})
 * @param password   password of the external database ({@code SHUZHI_DB_PASSWORD})
 * @param dataDir    root of everything this node writes ({@code SHUZHI_DATA_DIR}); the embedded cluster lives in {@code pg/}
 * @param isolated   create a fresh, uniquely named database per application context (tests)
 * @param maxPoolSize connection pool size
 */
@ConfigurationProperties("shuzhi.db")
public record DatabaseProperties(String url, String user, String password, String dataDir, boolean isolated, Integer maxPoolSize) {

    public boolean embedded() {
        return url == null || url.isBlank();
    }

    public int poolSize() {
        return maxPoolSize == null ? 20 : maxPoolSize;
    }
}
