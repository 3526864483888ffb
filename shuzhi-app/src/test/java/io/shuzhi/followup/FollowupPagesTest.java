package io.shuzhi.followup;

import io.shuzhi.shared.time.MutableClock;
import io.shuzhi.support.Api;
import io.shuzhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages render for a signed-in user, and a problem can be recorded and worked on with plain forms. */
@IntegrationTest
class FollowupPagesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"|name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;

    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();

    @Test
    void everyFollowupPageRendersAndAProblemIsRecordedThroughTheForm() throws Exception {
        FollowupFixture fixture = new FollowupFixture(Api.admin(port), port);
        long county = fixture.organization(null, "页面县", "COMMITTEE", "COUNTY");
        fixture.organization(county, "页面村", "BRANCH", "VILLAGE");
        signIn();

        for (String page : new String[]{"/problems", "/commitments", "/warnings", "/notifications", "/followup?organizationId=" + county,
                "/weak-organizations?rootId=" + county + "&preview=true", "/followup/dashboard.json?organizationId=" + county}) {
            HttpResponse<String> r = get(page);
            assertThat(r.statusCode()).as(page + "\n" + r.body()).isEqualTo(200);
        }
        assertThat(get("/weak-organizations?rootId=" + county + "&preview=true").body()).contains("页面村").contains("倒排预览");

        HttpResponse<String> created = post("/problems", Map.of("organizationId", String.valueOf(county), "source", "SELF_CHECK",
                "description", "组织生活会质量不高", "responsiblePerson", "赵书记", "measures", "制定计划", "standard", "全部达标",
                "dueDate", LocalDate.now(clock).plusDays(20).toString()));
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.uri().getPath()).matches("/problems/\\d+");
        assertThat(created.body()).contains("组织生活会质量不高").contains("待整改");

        HttpResponse<String> started = post(created.uri().getPath() + "/start", Map.of());
        assertThat(started.body()).contains("整改中");
        assertThat(get("/followup/exports/problems.xlsx?organizationId=" + county).statusCode()).isEqualTo(200);
    }

    private void signIn() throws Exception {
        get("/login");
        HttpResponse<String> r = post("/login", Map.of("username", "admin", "password", Api.ADMIN_PASSWORD));
        assertThat(r.statusCode()).as(r.uri() + "\n" + r.body()).isEqualTo(200);
        assertThat(r.uri().getPath()).isNotEqualTo("/login");
    }

    private String csrf() throws Exception {
        Matcher m = CSRF.matcher(get("/login").body());
        return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : "";
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf());
        String body = all.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
