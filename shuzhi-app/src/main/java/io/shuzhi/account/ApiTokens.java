package io.shuzhi.account;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Opaque bearer tokens for the API. Random 256-bit values; the database keeps only their SHA-256, with an
 * expiry, and a revocation time once revoked. Being rows in the shared database, they work on every node.
 */
@Component
class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecurityProperties properties;

    ApiTokens(JdbcClient jdbc, Clock clock, SecurityProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    @Transactional
    IssuedToken issue(long userId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now(clock);
        Instant expires = now.plus(properties.tokenTtl());
        jdbc.sql("INSERT INTO api_token (user_id, token_hash, created_at, expires_at) VALUES (:u, :h, :c, :e)")
                .param("u", userId).param("h", hash(token))
                .param("c", Timestamp.from(now)).param("e", Timestamp.from(expires))
                .update();
        return new IssuedToken(token, expires);
    }

    /** The user id behind a live token. */
    Optional<Long> userOf(String token) {
        return jdbc.sql("SELECT user_id FROM api_token WHERE token_hash = :h AND revoked_at IS NULL AND expires_at > :now")
                .param("h", hash(token)).param("now", Timestamp.from(Instant.now(clock)))
                .query(Long.class).optional();
    }

    @Transactional
    boolean revoke(String token) {
        return jdbc.sql("UPDATE api_token SET revoked_at = :now WHERE token_hash = :h AND revoked_at IS NULL")
                .param("h", hash(token)).param("now", Timestamp.from(Instant.now(clock)))
                .update() > 0;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    record IssuedToken(String token, Instant expiresAt) {
    }
}
