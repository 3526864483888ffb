package io.shuzhi.workrecord;

import io.shuzhi.support.Api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Builds organizations and users through the API, with unique codes, for the work-record integration tests. */
public final class Tree {

    private final Api admin;

    public Tree(Api admin) {
        this.admin = admin;
    }

    public long org(Long parentId, String name, String kind, String level) {
        var body = new HashMap<String, Object>();
        body.put("parentId", parentId);
        body.put("code", Api.unique("WR-"));
        body.put("name", name);
        body.put("kind", kind);
        body.put("level", level);
        Api.Response r = admin.post("/api/organizations", body);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    String code(long orgId) {
        return admin.get("/api/organizations/" + orgId).json().get("code").asString();
    }

    public long county(long city, String name) {
        return org(city, name, "COMMITTEE", "COUNTY");
    }

    public long township(long county, String name) {
        return org(county, name, "COMMITTEE", "TOWNSHIP");
    }

    public long village(long township, String name) {
        return org(township, name, "BRANCH", "VILLAGE");
    }

    public long community(long township, String name) {
        return org(township, name, "BRANCH", "COMMUNITY");
    }

    /** A secretary of {@code orgId}; returns the user id. */
    public long secretary(String username, String displayName, long orgId) {
        Api.Response r = admin.post("/api/users", Map.of("username", username, "password", "secretary-pass-1",
                "displayName", displayName, "grants", List.of(Map.of("role", "SECRETARY", "organizationId", orgId))));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.json().get("id").asLong();
    }
}
