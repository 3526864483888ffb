package io.shuzhi.account;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

/**
 * Refuses a username after too many failed logins in a window. Counts live in the database so that a
 * guesser cannot spread attempts over nodes. Fed by Spring Security's authentication events, so the form
 * login and the token endpoint are throttled alike.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecurityProperties properties;

    LoginThrottle(JdbcClient jdbc, Clock clock, SecurityProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    boolean isLocked(String username) {
        Instant since = Instant.now(clock).minus(properties.lockout());
        long failures = jdbc.sql("SELECT count(*) FROM login_failure WHERE username = :u AND failed_at > :since")
                .param("u", normalise(username)).param("since", Timestamp.from(since))
                .query(Long.class).single();
        return failures >= properties.maxFailedLogins();
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        jdbc.sql("INSERT INTO login_failure (username, failed_at) VALUES (:u, :at)")
                .param("u", normalise(event.getAuthentication().getName()))
                .param("at", Timestamp.from(Instant.now(clock)))
                .update();
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        jdbc.sql("DELETE FROM login_failure WHERE username = :u")
                .param("u", normalise(event.getAuthentication().getName()))
                .update();
    }

    private static String normalise(String username) {
        String u = username == null ? "" : username.trim().toLowerCase();
        return u.length() > 64 ? u.substring(0, 64) : u;
    }
}
