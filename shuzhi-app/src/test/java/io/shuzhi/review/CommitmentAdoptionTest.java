package io.shuzhi.review;

import io.shuzhi.campaign.CampaignFixtures;
import io.shuzhi.support.Api;
import io.shuzhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The review hooks answered by the follow-up: adopting an analysed commitment tracks it; the lookup sees it. */
@IntegrationTest
class CommitmentAdoptionTest {

    @LocalServerPort
    int port;

    @Autowired
    FollowUpLookup lookup;

    @Test
    void adoptingACommitmentFoundByTheAnalyserTracksItWithItsTargetAndDeadline() {
        Api admin = Api.admin(port);
        CampaignFixtures.Draft draft = CampaignFixtures.draftReport(admin, 2025);
        String promise = "到2026年底，全县建成标准化党群服务中心20个。";
        assertThat(admin.put("/api/reports/" + draft.reportId(), Map.of("sections", Map.of(
                "HIGHLIGHTS", List.of(Map.of("heading", "从严治党担当主责。", "text", CampaignFixtures.highlight(1))),
                "PROBLEMS", List.of(Map.of("heading", "抓基层党建工作用力不均。", "text", "非公企业党组织组建率只有51%。")),
                "MEASURES", List.of(Map.of("heading", "强化保障，激发新活力。", "text", promise))))).status()).isEqualTo(200);
        JsonNode found = admin.get("/api/reports/" + draft.reportId() + "/analysis").json().get("commitments");
        assertThat(found.size()).as(found.toString()).isPositive();
        JsonNode c = found.get(0);

        PageSession pages = PageSession.login(port, "admin", Api.ADMIN_PASSWORD);
        String reading = pages.get("/reports/" + draft.reportId() + "/reading").body();
        assertThat(reading).contains("/reports/" + draft.reportId() + "/commitments/0/adopt");
        assertThat(pages.submit("/reports/" + draft.reportId() + "/reading",
                "/reports/" + draft.reportId() + "/commitments/0/adopt", "").statusCode()).isEqualTo(200);

        JsonNode tracked = admin.get("/api/commitments?organizationId=" + draft.organizationId()).json();
        assertThat(tracked.size()).isEqualTo(1);
        JsonNode t = tracked.get(0);
        assertThat(t.get("text").asString()).isEqualTo(c.get("text").asString());
        assertThat(t.get("value").decimalValue()).isEqualByComparingTo(c.get("value").decimalValue());
        assertThat(t.get("unit").asString()).isEqualTo(c.get("unit").asString());
        assertThat(t.get("deadline").asString()).isEqualTo(c.get("deadline").asString());
        assertThat(t.get("source").asString()).isEqualTo("MEASURES");

        assertThat(lookup.commitmentKept(draft.organizationId(), 2025, c.get("text").asString())).contains(false);
        assertThat(lookup.commitmentKept(draft.organizationId(), 2025, "从未承诺的事项")).isEmpty();
    }
}
