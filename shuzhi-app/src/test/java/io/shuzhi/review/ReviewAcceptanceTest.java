package io.shuzhi.review;

import io.shuzhi.search.SeedCompilation;
import io.shuzhi.support.Api;
import io.shuzhi.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance: the seed compilation uploaded into a campaign of 随县, 广水市 and 曾都区 lands in their
 * three reports with analyses, and search finds them within the caller's scope.
 */
@IntegrationTest
class ReviewAcceptanceTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api admin;

    @BeforeEach
    void login() {
        admin = Api.admin(port);
    }

    @Test
    void seedCompilationIsSplitMatchedAnalysedAndSearchableWithinScope() {
        ReviewFixture f = ReviewFixture.seedCampaign(admin);

        Api.Response upload = admin.upload("/api/campaigns/" + f.campaignId() + "/compilations", SeedCompilation.FILE, SeedCompilation.bytes());
        assertThat(upload.status()).as(upload.text()).isEqualTo(201);
        JsonNode found = upload.json().get("reports");
        assertThat(found.size()).isEqualTo(3);
        assertThat(found.get(0).get("reporterName").asString()).contains("随县");
        assertThat(found.valueStream().map(r -> r.get("organizationId").asLong()).toList())
                .containsExactly(f.suixian(), f.guangshui(), f.zengdu());
        assertThat(found.valueStream().map(r -> r.get("confidence").asDouble()).toList()).containsOnly(1.0);
        long compilationId = upload.json().get("id").asLong();

        // nothing reaches the duty reports before confirmation
        assertThat(jdbc.sql("SELECT count(*) FROM duty_report WHERE campaign_id = :c AND version > 0")
                .param("c", f.campaignId()).query(Long.class).single()).isZero();

        Api.Response confirm = admin.post("/api/campaigns/" + f.campaignId() + "/compilations/" + compilationId + "/confirm", Map.of());
        assertThat(confirm.status()).as(confirm.text()).isEqualTo(200);
        Map<Long, Long> reportOf = new HashMap<>();
        confirm.json().get("reports").valueStream().forEach(r -> {
            assertThat(r.get("status").asString()).isEqualTo("ACCEPTED");
            reportOf.put(r.get("organizationId").asLong(), r.get("reportId").asLong());
        });
        assertThat(reportOf).containsOnlyKeys(f.suixian(), f.guangshui(), f.zengdu());

        for (long reportId : reportOf.values()) {
            Api.Response analysis = admin.get("/api/reports/" + reportId + "/analysis");
            assertThat(analysis.status()).as(analysis.text()).isEqualTo(200);
            JsonNode a = analysis.json();
            assertThat(a.get("sections").valueStream().map(s -> s.get("kind").asString()).toList())
                    .contains("HIGHLIGHTS", "PROBLEMS", "MEASURES");
            assertThat(a.get("quantities").size()).isGreaterThan(10);
            assertThat(a.has("commitments")).isTrue();
            assertThat(a.has("findings")).isTrue();
        }
        Api.Response suixianAnalysis = admin.get("/api/reports/" + reportOf.get(f.suixian()) + "/analysis");
        assertThat(suixianAnalysis.text()).startsWith("{\"title\":").contains("\"reporter\":{\"name\":\"陈德贵\"");
        assertThat(suixianAnalysis.json().get("quantities").valueStream()
                .anyMatch(q -> q.get("text").asString().equals("4.89万元") && q.get("value").asString().equals("48900"))).isTrue();
        // the analysis is stored with the version it came from
        assertThat(jdbc.sql("SELECT count(*) FROM report_analysis a JOIN duty_report r ON r.id = a.report_id AND r.version = a.version"
                + " WHERE r.campaign_id = :c").param("c", f.campaignId()).query(Long.class).single()).isEqualTo(3);

        assertThat(reportHits(admin, "软弱涣散", f.cityId())).containsExactlyInAnyOrderElementsOf(reportOf.values());
        assertThat(reportHits(admin, "三屏互动", f.cityId())).containsExactly(reportOf.get(f.suixian()));

        Api secretary = ReviewFixture.userWith(admin, port, "SECRETARY", f.suixian());
        JsonNode scoped = secretary.get("/api/search?q=" + ReviewFixture.encode("软弱涣散")).json();
        assertThat(scoped.get("hits").valueStream().map(h -> h.get("id").asLong()).toList())
                .containsExactly(reportOf.get(f.suixian()));
        assertThat(scoped.get("total").asLong()).isEqualTo(1);
        assertThat(scoped.get("hits").get(0).get("snippet").asString()).contains("<mark>软弱涣散</mark>");
        assertThat(secretary.get("/api/search?q=x&organizationId=" + f.guangshui()).status()).isEqualTo(404);
        assertThat(secretary.get("/api/reports/" + reportOf.get(f.guangshui()) + "/analysis").status()).isEqualTo(404);

        // a second confirmation is refused
        assertThat(admin.post("/api/campaigns/" + f.campaignId() + "/compilations/" + compilationId + "/confirm", Map.of()).status())
                .isEqualTo(409);
    }

    static List<Long> reportHits(Api api, String q, long organizationId) {
        JsonNode r = api.get("/api/search?kind=REPORT&organizationId=" + organizationId + "&q=" + ReviewFixture.encode(q)).json();
        return r.get("hits").valueStream().map(h -> h.get("id").asLong()).toList();
    }
}
