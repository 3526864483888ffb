package io.shuzhi.followup;

import io.shuzhi.support.Api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Builds organization trees and users through the API, with unique codes so test classes never collide. */
final class FollowupFixture {

    private final Api admin;
    private final int port;

    FollowupFixture(Api admin, int port) {
        this.admin = admin;
        this.port = port;
    }

    long organization(Long parentId, String name, String kind, String level) {
        var body = new HashMap<String, Object>();
        body.put("parentId", parentId);
        body.put("code", Api.unique("FU-"));
        body.put("name", name);
        body.put("kind", kind);
        body.put("level", level);
        Api.Response r = admin.post("/api/organizations", body);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    /** A new user with one grant, logged in. */
    Api user(String role, long organizationId) {
        String username = Api.unique("fu");
        Api.Response created = admin.post("/api/users", Map.of("username", username, "password", "followup-pass-1",
                "displayName", "用户" + username, "grants", List.of(Map.of("role", role, "organizationId", organizationId))));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return Api.login(port, username, "followup-pass-1");
    }
}
