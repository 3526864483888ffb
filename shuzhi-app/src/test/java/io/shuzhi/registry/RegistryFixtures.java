package io.shuzhi.registry;

import io.shuzhi.support.Api;

import java.util.HashMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Organizations for registry tests, created through the API with unique codes. */
public final class RegistryFixtures {

    private RegistryFixtures() {
    }

    public record Org(long id, String code) {
    }

    public static Org organization(Api admin, Long parentId, String prefix, String kind, String level) {
        String code = Api.unique(prefix);
        var body = new HashMap<String, Object>();
        body.put("parentId", parentId);
        body.put("code", code);
        body.put("name", code);
        body.put("kind", kind);
        body.put("level", level);
        Api.Response r = admin.post("/api/organizations", body);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return new Org(r.json().get("id").asLong(), code);
    }
}
