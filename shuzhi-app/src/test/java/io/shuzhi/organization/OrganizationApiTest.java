package io.shuzhi.organization;

import io.shuzhi.support.Api;
import io.shuzhi.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class OrganizationApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api admin;

    @BeforeEach
    void login() {
        admin = Api.admin(port);
    }

    long create(Long parentId, String code, String name, String kind, String level) {
        var body = new java.util.HashMap<String, Object>();
        body.put("parentId", parentId);
        body.put("code", code);
        body.put("name", name);
        body.put("kind", kind);
        body.put("level", level);
        Api.Response r = admin.post("/api/organizations", body);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        assertThat(r.header("Location")).endsWith("/api/organizations/" + r.json().get("id").asLong());
        return r.json().get("id").asLong();
    }

    @Test
    void createdOrganizationIsListedAndAudited() {
        String code = Api.unique("CITY-");
        long city = create(null, code, "测试市委", "COMMITTEE", "CITY");

        JsonNode list = admin.get("/api/organizations").json();
        assertThat(list.valueStream().filter(n -> n.get("id").asLong() == city).findFirst()).hasValueSatisfying(n -> {
            assertThat(n.get("name").asString()).isEqualTo("测试市委");
            assertThat(n.get("kind").asString()).isEqualTo("COMMITTEE");
            assertThat(n.get("level").asString()).isEqualTo("CITY");
            assertThat(n.has("sector")).isTrue();
            assertThat(n.get("parentId").isNull()).isTrue();
        });

        JsonNode audit = admin.get("/api/audit?limit=20").json();
        assertThat(audit.valueStream().anyMatch(e -> e.get("action").asString().equals("organization.created")
                && e.get("entityId").asString().equals(String.valueOf(city))
                && e.get("actor").asString().equals("admin")
                && e.get("entityType").asString().equals("Organization")
                && e.has("at"))).isTrue();
    }

    @Test
    void secretaryOfCountyASeesOnlyItsSubtree() {
        long city = create(null, Api.unique("C-"), "市", "COMMITTEE", "CITY");
        long countyA = create(city, Api.unique("A-"), "甲县", "COMMITTEE", "COUNTY");
        long townA = create(countyA, Api.unique("A-T-"), "甲县某镇", "COMMITTEE", "TOWNSHIP");
        long countyB = create(city, Api.unique("B-"), "乙县", "COMMITTEE", "COUNTY");
        long townB = create(countyB, Api.unique("B-T-"), "乙县某镇", "COMMITTEE", "TOWNSHIP");

        String username = Api.unique("sec");
        Api.Response created = admin.post("/api/users", Map.of("username", username, "password", "secretary-pass-1",
                "displayName", "甲县书记", "grants", List.of(Map.of("role", "SECRETARY", "organizationId", countyA))));
        assertThat(created.status()).as(created.text()).isEqualTo(201);

        Api secretary = Api.login(port, username, "secretary-pass-1");
        assertThat(secretary.get("/api/organizations/" + townB).status()).isEqualTo(404);
        assertThat(secretary.get("/api/organizations/" + countyB).status()).isEqualTo(404);
        assertThat(secretary.get("/api/organizations/" + townA).status()).isEqualTo(200);
        List<Long> visible = secretary.get("/api/organizations").json().valueStream().map(n -> n.get("id").asLong()).toList();
        assertThat(visible).containsExactlyInAnyOrder(countyA, townA);

        JsonNode me = secretary.get("/api/users/me").json();
        assertThat(me.get("username").asString()).isEqualTo(username);
        assertThat(me.get("grants").get(0).get("role").asString()).isEqualTo("SECRETARY");

        // a secretary cannot create organizations, even inside its subtree
        Api.Response denied = secretary.post("/api/organizations", Map.of("parentId", countyA, "code", Api.unique("X-"),
                "name", "x", "kind", "BRANCH", "level", "VILLAGE"));
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.header("Content-Type")).contains("application/problem+json");
    }

    @Test
    void moveRefusesCyclesAndCarriesTheSubtree() {
        long city = create(null, Api.unique("C-"), "市", "COMMITTEE", "CITY");
        long county = create(city, Api.unique("K-"), "县", "COMMITTEE", "COUNTY");
        long town = create(county, Api.unique("T-"), "镇", "COMMITTEE", "TOWNSHIP");
        long village = create(town, Api.unique("V-"), "村", "BRANCH", "VILLAGE");
        long otherCounty = create(city, Api.unique("K2-"), "另一县", "COMMITTEE", "COUNTY");

        Api.Response cycle = admin.post("/api/organizations/" + county + "/move", Map.of("parentId", village));
        assertThat(cycle.status()).isEqualTo(422);
        assertThat(cycle.json().get("code").asString()).isEqualTo("organization.cycle");

        assertThat(admin.post("/api/organizations/" + town + "/move", Map.of("parentId", otherCounty)).status()).isEqualTo(200);
        String villagePath = jdbc.sql("SELECT path FROM organization WHERE id = :id").param("id", village).query(String.class).single();
        assertThat(villagePath).isEqualTo("/" + city + "/" + otherCounty + "/" + town + "/" + village + "/");
    }

    @Test
    void badInputGetsProblemDetailsAndStoresNothing() {
        long before = count();
        Api.Response malformed = admin.post("/api/organizations", "{\"code\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.header("Content-Type")).contains("application/problem+json");
        assertThat(malformed.json().get("code").asString()).isEqualTo("malformed-request");

        Api.Response badEnum = admin.post("/api/organizations", Map.of("code", Api.unique("E-"), "name", "x", "kind", "NOPE", "level", "CITY"));
        assertThat(badEnum.status()).isEqualTo(400);
        assertThat(badEnum.text()).doesNotContain("io.shuzhi").doesNotContain("Exception");

        Api.Response missing = admin.post("/api/organizations", Map.of("code", Api.unique("E-"), "kind", "BRANCH", "level", "CITY"));
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("name");

        String code = Api.unique("D-");
        create(null, code, "一", "COMMITTEE", "CITY");
        Api.Response duplicate = admin.post("/api/organizations", Map.of("code", code, "name", "二", "kind", "COMMITTEE", "level", "CITY"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void apiNeedsAToken() {
        Api.Response r = Api.anonymous(port).get("/api/organizations");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().get("status").asInt()).isEqualTo(401);
    }

    @Test
    void revokedTokenStopsWorking() {
        Api session = Api.admin(port);
        assertThat(session.get("/api/users/me").status()).isEqualTo(200);
        assertThat(session.delete("/api/auth/token").status()).isEqualTo(204);
        assertThat(session.get("/api/users/me").status()).isEqualTo(401);
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM organization").query(Long.class).single();
    }
}
