package io.shuzhi.weakorg;

import io.shuzhi.support.Api;
import io.shuzhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Year;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The preview's quotas per level and per sector, with the default rows of V200 and V201. */
@IntegrationTest
class WeakOrganizationSectorQuotaTest {

    @LocalServerPort
    int port;

    @Test
    void enterprisesAndSocialOrganizationsAreRankedAgainstTheirOwnQuotas() {
        Api admin = Api.admin(port);
        long county = organization(admin, null, "配额县", "COMMITTEE", "COUNTY", null);
        for (int i = 0; i < 10; i++) {
            organization(admin, county, "村" + i, "BRANCH", "VILLAGE", null);
        }
        for (int i = 0; i < 21; i++) {
            organization(admin, county, "企业" + i, "BRANCH", "UNIT", "PRIVATE_ENTERPRISE");
        }
        for (int i = 0; i < 4; i++) {
            organization(admin, county, "社会组织" + i, "BRANCH", "UNIT", "SOCIAL_ORGANIZATION");
        }
        organization(admin, county, "医院", "BRANCH", "UNIT", "PUBLIC_INSTITUTION");

        Api.Response preview = admin.post("/api/weak-organizations/preview", Map.of("rootOrganizationId", county, "year", Year.now().getValue()));
        assertThat(preview.status()).as(preview.text()).isEqualTo(200);
        Map<String, int[]> quotas = new HashMap<>();
        for (JsonNode q : preview.json().get("quotas")) {
            assertThat(q.has("sector")).isTrue(); // present, null for level-only quotas
            String key = q.get("level").asString() + (q.get("sector").isNull() ? "" : "/" + q.get("sector").asString());
            quotas.put(key, new int[]{q.get("total").asInt(), q.get("quota").asInt()});
        }
        assertThat(quotas).containsOnlyKeys("VILLAGE", "UNIT", "UNIT/PRIVATE_ENTERPRISE", "UNIT/SOCIAL_ORGANIZATION");
        assertThat(quotas.get("VILLAGE")).containsExactly(10, 1);
        assertThat(quotas.get("UNIT/PRIVATE_ENTERPRISE")).containsExactly(21, 2); // ceil(0.05 × 21) = 2
        assertThat(quotas.get("UNIT/SOCIAL_ORGANIZATION")).containsExactly(4, 1); // ceil(0.05 × 4) = 1
        assertThat(quotas.get("UNIT")).containsExactly(1, 1); // the institution: no sector row, the level's 5%
        assertThat(preview.json().get("organizations").valueStream().filter(o -> o.get("proposed").asBoolean()).count()).isEqualTo(5);
    }

    static long organization(Api admin, Long parentId, String name, String kind, String level, String sector) {
        var body = new HashMap<String, Object>();
        body.put("parentId", parentId);
        body.put("code", Api.unique("WQ-"));
        body.put("name", name);
        body.put("kind", kind);
        body.put("level", level);
        body.put("sector", sector);
        Api.Response r = admin.post("/api/organizations", body);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.json().get("id").asLong();
    }
}
