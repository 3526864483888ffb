package io.shuzhi.campaign;

import io.shuzhi.support.Api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Test data for campaign tests: organizations, users with one grant, and report texts in the seed's style. */
public final class CampaignFixtures {

    private CampaignFixtures() {
    }

    public static long organization(Api admin, Long parentId, String name) {
        var body = new HashMap<String, Object>();
        body.put("parentId", parentId);
        body.put("code", Api.unique("CMP-"));
        body.put("name", name);
        body.put("kind", "COMMITTEE");
        body.put("level", parentId == null ? "CITY" : "COUNTY");
        body.put("secretaryName", name.substring(0, 1) + "书记");
        Api.Response r = admin.post("/api/organizations", body);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    /** A user holding {@code role} over {@code organizationId}, logged in. */
    public static Api user(Api admin, int port, String role, long organizationId) {
        String username = Api.unique("u");
        Api.Response r = admin.post("/api/users", Map.of("username", username, "password", "campaign-pass-1",
                "displayName", username, "grants", List.of(Map.of("role", role, "organizationId", organizationId))));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return Api.login(port, username, "campaign-pass-1");
    }

    public static String highlight(int n) {
        return "第" + n + "县坚持从严治党担当主责，主持召开" + (10 + n) + "次常委会专题研究基层党建。";
    }

    public static Map<String, Object> sections(int n) {
        return Map.of("sections", Map.of(
                "HIGHLIGHTS", List.of(Map.of("heading", "从严治党担当主责。", "text", highlight(n))),
                "PROBLEMS", List.of(Map.of("heading", "抓基层党建工作用力不均。", "text", "非公企业党组织组建率只有" + (50 + n) + "%。")),
                "CAUSES", List.of(Map.of("heading", "认识不深刻。", "text", "抓发展的精力投入多，抓党建的精力投入相对少。")),
                "MEASURES", List.of(Map.of("heading", "真抓严管，形成新常态。", "text", "到每个乡镇督办党建工作不少于" + n + "次。"))));
    }

    /** A campaign of {@code year} with one county reporter; its report is a draft. */
    public record Draft(long campaignId, long reportId, long organizationId) {
    }

    public static Draft draftReport(Api admin, int year) {
        long city = organization(admin, null, "市委");
        long county = organization(admin, city, "随县县委");
        Api.Response created = admin.post("/api/campaigns", Map.of("hostOrganizationId", city, "year", year,
                "title", year + "年度县市区党委书记抓基层党建工作述职评议考核", "reporterOrganizationIds", List.of(county),
                "scheme", Map.of("gradePoints", Map.of("GOOD", 100, "FAIRLY_GOOD", 80, "AVERAGE", 60, "POOR", 0),
                        "ballotWeight", 0.4, "routineWeight", 0.6,
                        "gradeBands", List.of(Map.of("grade", "GOOD", "min", 90), Map.of("grade", "FAIRLY_GOOD", "min", 80),
                                Map.of("grade", "AVERAGE", "min", 60)),
                        "consequences", List.of())));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        long campaign = created.json().get("id").asLong();
        return new Draft(campaign, admin.get("/api/campaigns/" + campaign + "/reports").json().get(0).get("id").asLong(), county);
    }
}
