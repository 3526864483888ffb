package io.shuzhi.review;

import io.shuzhi.support.Api;
import io.shuzhi.support.IntegrationTest;
import io.shuzhi.workrecord.Tree;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The reading view and the claims API check a report's figures against its leader's work records. */
@IntegrationTest
class ReportClaimsTest {

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    @Test
    void aLeaderWithThreeVillagesVisitedClaimingFiveGetsAClaimMismatch() {
        Api admin = Api.admin(port);
        Tree tree = new Tree(admin);
        LocalDate today = LocalDate.now(clock);
        long city = tree.org(null, "核对市委", "COMMITTEE", "CITY");
        long county = tree.county(city, "核对县");
        long town = tree.township(county, "核对镇");
        String username = Api.unique("clsec");
        tree.secretary(username, "核对书记", county);
        Api secretary = Api.login(port, username, "secretary-pass-1");
        for (String village : List.of("一村", "二村", "三村")) {
            Api.Response v = secretary.post("/api/field-visits", Map.of("date", today.toString(),
                    "organizationIds", List.of(tree.village(town, village)), "purpose", "RESEARCH"));
            assertThat(v.status()).as(v.text()).isEqualTo(201);
        }
        Api.Response c = admin.post("/api/campaigns", Map.of("hostOrganizationId", city, "year", today.getYear(),
                "title", "核对述职", "reporterOrganizationIds", List.of(county)));
        assertThat(c.status()).as(c.text()).isEqualTo(201);
        long reportId = admin.get("/api/campaigns/" + c.json().get("id").asLong() + "/reports").json().get(0).get("id").asLong();
        Api.Response saved = secretary.put("/api/reports/" + reportId, Map.of("sections", Map.of(
                "HIGHLIGHTS", List.of(Map.of("heading", "深入基层。", "text", "今年到5个村调研，解决问题20件。")),
                "PROBLEMS", List.of(Map.of("heading", "用力不均。", "text", "非公企业党组织组建率只有60%。")),
                "MEASURES", List.of(Map.of("heading", "真抓严管。", "text", "到每个乡镇督办党建工作不少于2次。")))));
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);

        Api.Response claims = admin.get("/api/reports/" + reportId + "/claims");
        assertThat(claims.status()).as(claims.text()).isEqualTo(200);
        assertThat(claims.json().size()).as(claims.text()).isEqualTo(1);
        JsonNode f = claims.json().get(0);
        assertThat(f.get("rule").asString()).isEqualTo("CLAIM_MISMATCH");
        assertThat(f.get("text").asString()).contains("到5个村调研");
        assertThat(f.get("claimed").asInt()).isEqualTo(5);
        assertThat(f.get("recorded").asInt()).isEqualTo(3);
        assertThat(f.get("counter").asString()).isEqualTo("villagesVisited");
        assertThat(f.get("end").asInt()).isGreaterThan(f.get("start").asInt());

        String page = PageSession.login(port, "admin", Api.ADMIN_PASSWORD).get("/reports/" + reportId + "/reading").body();
        assertThat(page).contains("数据不符", "报告称5，工作纪实记录为3", "与纪实不符");
        assertThat(admin.get("/api/reports/" + reportId + "/analysis").text()).doesNotContain("CLAIM_MISMATCH");
    }

    @Test
    void withoutASecretaryTheAuthorOfTheCurrentVersionIsTheLeader() {
        Api admin = Api.admin(port);
        Tree tree = new Tree(admin);
        LocalDate today = LocalDate.now(clock);
        long city = tree.org(null, "作者市委", "COMMITTEE", "CITY");
        long county = tree.county(city, "作者县");
        long town = tree.township(county, "作者镇");
        String username = Api.unique("clauth");
        Api.Response user = admin.post("/api/users", Map.of("username", username, "password", "author-pass-1",
                "displayName", "作者部长", "grants", List.of(Map.of("role", "ORGANIZATION_DEPARTMENT", "organizationId", county))));
        assertThat(user.status()).as(user.text()).isEqualTo(201);
        Api author = Api.login(port, username, "author-pass-1");
        for (String village : List.of("一村", "二村")) {
            assertThat(author.post("/api/field-visits", Map.of("date", today.toString(),
                    "organizationIds", List.of(tree.village(town, village)), "purpose", "RESEARCH")).status()).isEqualTo(201);
        }
        Api.Response c = admin.post("/api/campaigns", Map.of("hostOrganizationId", city, "year", today.getYear(),
                "title", "作者述职", "reporterOrganizationIds", List.of(county)));
        long reportId = admin.get("/api/campaigns/" + c.json().get("id").asLong() + "/reports").json().get(0).get("id").asLong();
        assertThat(author.put("/api/reports/" + reportId, Map.of("sections", Map.of(
                "HIGHLIGHTS", List.of(Map.of("heading", "深入基层。", "text", "今年到2个村调研，又到7个村调研。"))))).status()).isEqualTo(200);

        JsonNode claims = admin.get("/api/reports/" + reportId + "/claims").json();
        assertThat(claims.size()).as(claims.toString()).isEqualTo(1);
        assertThat(claims.get(0).get("claimed").asInt()).isEqualTo(7);
        assertThat(claims.get(0).get("recorded").asInt()).isEqualTo(2);
    }
}
