package io.shuzhi.account;

import io.shuzhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class HousekeepingTest {

    @Autowired
    Housekeeping housekeeping;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void purgesStaleTokensFailuresAndSessionsButKeepsLiveOnes() {
        Instant now = Instant.now(clock);
        long admin = jdbc.sql("SELECT id FROM app_user WHERE username = 'admin'").query(Long.class).single();
        String stale = token(admin, now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(8)));
        String live = token(admin, now, now.plus(Duration.ofHours(1)));
        String user = "hk-" + UUID.randomUUID();
        failure(user, now.minus(Duration.ofHours(2)));
        failure(user, now.minus(Duration.ofMinutes(1)));
        String expiredSession = session(now.minus(Duration.ofMinutes(5)));
        String liveSession = session(now.plus(Duration.ofHours(1)));
        long runsBefore = jdbc.sql("SELECT count(*) FROM job_run WHERE job = 'account-housekeeping'").query(Long.class).single();

        housekeeping.run();

        assertThat(count("api_token", "token_hash", stale)).isZero();
        assertThat(count("api_token", "token_hash", live)).isOne();
        assertThat(count("login_failure", "username", user)).as("the recent failure still counts").isOne();
        assertThat(count("spring_session", "primary_id", expiredSession)).isZero();
        assertThat(count("spring_session", "primary_id", liveSession)).isOne();
        assertThat(jdbc.sql("SELECT count(*) FROM job_run WHERE job = 'account-housekeeping'").query(Long.class).single())
                .isEqualTo(runsBefore + 1);
    }

    private String token(long user, Instant created, Instant expires) {
        String hash = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("INSERT INTO api_token (user_id, token_hash, created_at, expires_at) VALUES (:u, :h, :c, :e)")
                .param("u", user).param("h", hash).param("c", Timestamp.from(created)).param("e", Timestamp.from(expires)).update();
        return hash;
    }

    private void failure(String user, Instant at) {
        jdbc.sql("INSERT INTO login_failure (username, failed_at) VALUES (:u, :at)").param("u", user).param("at", Timestamp.from(at)).update();
    }

    private String session(Instant expiry) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("""
                        INSERT INTO spring_session (primary_id, session_id, creation_time, last_access_time, max_inactive_interval, expiry_time)
                        VALUES (:id, :sid, 0, 0, 60, :expiry)""")
                .param("id", id).param("sid", UUID.randomUUID().toString()).param("expiry", expiry.toEpochMilli()).update();
        return id;
    }

    private long count(String table, String column, String value) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE " + column + " = :v").param("v", value).query(Long.class).single();
    }
}
