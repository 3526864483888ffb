package io.shuzhi.review;

import io.shuzhi.support.Api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A city with the seed's three counties as reporters of a 2014 campaign, created through the API. */
record ReviewFixture(long cityId, long suixian, long guangshui, long zengdu, long campaignId) {

    static ReviewFixture seedCampaign(Api admin) {
        long city = organization(admin, null, "随州市委", "CITY");
        long suixian = organization(admin, city, "随县", "COUNTY");
        long guangshui = organization(admin, city, "广水市", "COUNTY");
        long zengdu = organization(admin, city, "曾都区", "COUNTY");
        Api.Response c = admin.post("/api/campaigns", Map.of("hostOrganizationId", city, "year", 2014,
                "title", "2014年度县市区党委书记抓基层党建工作述职评议", "reporterOrganizationIds", List.of(suixian, guangshui, zengdu)));
        assertThat(c.status()).as(c.text()).isEqualTo(201);
        return new ReviewFixture(city, suixian, guangshui, zengdu, c.json().get("id").asLong());
    }

    static long organization(Api admin, Long parentId, String name, String level) {
        Map<String, Object> body = new HashMap<>();
        body.put("parentId", parentId);
        body.put("code", Api.unique("RV-"));
        body.put("name", name);
        body.put("kind", "COMMITTEE");
        body.put("level", level);
        Api.Response r = admin.post("/api/organizations", body);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    static Api userWith(Api admin, int port, String role, long organizationId) {
        String username = Api.unique("rv");
        Api.Response created = admin.post("/api/users", Map.of("username", username, "password", "review-pass-1",
                "displayName", "审读用户", "grants", List.of(Map.of("role", role, "organizationId", organizationId))));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return Api.login(port, username, "review-pass-1");
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
