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

    long problem(Api as, long organizationId, String description, java.time.LocalDate due) {
        Api.Response r = as.post("/api/problems", Map.of("organizationId", organizationId, "source", "INSPECTION",
                "description", description, "responsiblePerson", "李书记", "measures", "制定整改方案", "standard", "通过验收",
                "dueDate", due.toString()));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.json().get("id").asLong();
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
        return Api.login(port, userName(role, organizationId), "followup-pass-1");
    }

    /** Log in again (tokens expire by the shared clock, which tests move forward). */
    Api login(String username) {
        return Api.login(port, username, "followup-pass-1");
    }

    /** A new user with one grant; its name. */
    String userName(String role, long organizationId) {
        String username = Api.unique("fu");
        Api.Response created = admin.post("/api/users", Map.of("username", username, "password", "followup-pass-1",
                "displayName", "用户" + username, "grants", List.of(Map.of("role", role, "organizationId", organizationId))));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return username;
    }
}
