package io.shuzhi.search;

import io.shuzhi.support.Api;
import io.shuzhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SearchApiTest {

    @LocalServerPort
    int port;

    @Autowired
    SearchService search;

    @Test
    void rebuildIsForAdministratorsAndKeepsWhatTheFeaturesOffer() {
        Api admin = Api.admin(port);
        long org = organization(admin);
        String word = "检索重建" + Api.unique("");
        // a document only the index knows (no feature offers it) disappears with a rebuild
        search.index(SearchKind.PROBLEM, 991_000_000L + org, "孤立文档", word, 2015, org);
        assertThat(admin.get("/api/search?q=" + enc(word)).json().get("total").asLong()).isEqualTo(1);

        String username = Api.unique("viewer");
        admin.post("/api/users", Map.of("username", username, "password", "viewer-pass-1", "displayName", "查看",
                "grants", List.of(Map.of("role", "VIEWER", "organizationId", org))));
        Api viewer = Api.login(port, username, "viewer-pass-1");
        assertThat(viewer.post("/api/search/rebuild", Map.of()).status()).isEqualTo(403);
        assertThat(viewer.get("/api/search?q=" + enc(word)).json().get("hits").get(0).get("kind").asString()).isEqualTo("PROBLEM");

        Api.Response rebuilt = admin.post("/api/search/rebuild", Map.of());
        assertThat(rebuilt.status()).as(rebuilt.text()).isEqualTo(200);
        assertThat(rebuilt.json().get("documents").asLong()).isGreaterThanOrEqualTo(0);
        assertThat(admin.get("/api/search?q=" + enc(word)).json().get("total").asLong()).isZero();
    }

    @Test
    void emptyQueryFindsNothingAndUnknownKindIsABadRequest() {
        Api admin = Api.admin(port);
        assertThat(admin.get("/api/search?q=").json().get("total").asLong()).isZero();
        assertThat(admin.get("/api/search?q=x&kind=NOPE").status()).isEqualTo(400);
        assertThat(Api.anonymous(port).get("/api/search?q=x").status()).isEqualTo(401);
    }

    static long organization(Api admin) {
        Map<String, Object> body = new HashMap<>();
        body.put("parentId", null);
        body.put("code", Api.unique("SR-"));
        body.put("name", "检索测试市");
        body.put("kind", "COMMITTEE");
        body.put("level", "CITY");
        return admin.post("/api/organizations", body).json().get("id").asLong();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
