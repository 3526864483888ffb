package io.shuzhi.account;

import io.shuzhi.support.Api;
import io.shuzhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SecurityTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void fiveFailedLoginsThrottleTheUsernameEvenWithTheRightPassword() {
        Api admin = Api.admin(port);
        String username = Api.unique("victim");
        assertThat(admin.post("/api/users", Map.of("username", username, "password", "right-password-1", "displayName", "受害者",
                "grants", java.util.List.of(Map.of("role", "ADMIN")))).status()).isEqualTo(201);
        Api anonymous = Api.anonymous(port);

        for (int i = 0; i < 5; i++) {
            Api.Response wrong = anonymous.post("/api/auth/token", Map.of("username", username, "password", "wrong-" + i));
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.json().get("code").asString()).isEqualTo("auth.bad-credentials");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM login_failure WHERE username = :u").param("u", username).query(Long.class).single())
                .as("each failure is counted in the shared database").isEqualTo(5);
        Api.Response locked = anonymous.post("/api/auth/token", Map.of("username", username, "password", "right-password-1"));

        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.header("Content-Type")).contains("application/problem+json");
        assertThat(locked.json().get("code").asString()).isEqualTo("auth.throttled");
        assertThat(Api.anonymous(port).post("/api/auth/token", Map.of("username", "admin", "password", Api.ADMIN_PASSWORD)).status())
                .as("other usernames are not affected").isEqualTo(200);
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'").contains("frame-ancestors 'none'").contains("script-src 'self'"));
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    @Test
    void aPageFormPostWithoutCsrfTokenIsRefused() throws Exception {
        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + Api.ADMIN_PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(login.statusCode()).isEqualTo(403);
        assertThat(login.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void pagesSendAnonymousVisitorsToTheLoginPage() throws Exception {
        HttpResponse<String> tree = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/organizations")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(tree.statusCode()).isEqualTo(302);
        assertThat(tree.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
