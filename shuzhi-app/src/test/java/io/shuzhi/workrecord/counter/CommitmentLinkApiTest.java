package io.shuzhi.workrecord.counter;

import io.shuzhi.workrecord.Tree;

import io.shuzhi.support.Api;
import io.shuzhi.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The acceptance scenario: records move a linked commitment, and a report's figure is checked against them. */
@IntegrationTest
class CommitmentLinkApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    Api admin;
    Tree tree;
    LocalDate today;
    long county;
    long v1;
    long v2;
    long v3;
    long community;
    long leader;
    Api secretary;

    @BeforeEach
    void setUp() {
        admin = Api.admin(port);
        tree = new Tree(admin);
        today = LocalDate.now(clock);
        long city = tree.org(null, "市委", "COMMITTEE", "CITY");
        county = tree.county(city, "随县");
        long townA = tree.township(county, "甲镇");
        long townB = tree.township(county, "乙镇");
        v1 = tree.village(townA, "一村");
        v2 = tree.village(townA, "二村");
        v3 = tree.village(townB, "三村");
        community = tree.community(townB, "幸福社区");
        String username = Api.unique("wrlink");
        leader = tree.secretary(username, "陈书记", county);
        secretary = Api.login(port, username, "secretary-pass-1");
    }

    long commitment(String text, int value, String unit) {
        var body = new HashMap<String, Object>();
        body.put("organizationId", county);
        body.put("text", text);
        body.put("value", value);
        body.put("max", null);
        body.put("unit", unit);
        body.put("comparator", "AT_LEAST");
        body.put("deadline", today.plusDays(30).toString());
        Api.Response r = secretary.post("/api/commitments", body);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    String status(long commitmentId) {
        return secretary.get("/api/commitments/" + commitmentId).json().get("status").asString();
    }

    void visit(long org) {
        Api.Response r = secretary.post("/api/field-visits", Map.of("date", today.toString(), "organizationIds", List.of(org),
                "purpose", "RESEARCH"));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
    }

    @Test
    void commitmentIsFulfilledByTheThirdVillageAndNotBefore() {
        long id = commitment("到村调研3个以上", 3, "个");
        Api.Response linked = secretary.post("/api/commitments/" + id + "/link", Map.of("counter", "villagesVisited", "leaderUserId", leader));
        assertThat(linked.status()).as(linked.text()).isEqualTo(200);
        assertThat(linked.json().get("counter").asString()).isEqualTo("villagesVisited");

        visit(v1);
        visit(v1);
        visit(community);
        visit(v2);
        assertThat(status(id)).isNotEqualTo("FULFILLED");
        assertThat(secretary.get("/api/commitments/" + id).json().get("latestValue").asInt()).isEqualTo(2);

        visit(v3);
        assertThat(status(id)).isEqualTo("FULFILLED");
        JsonNode progress = secretary.get("/api/commitments/" + id + "/progress").json();
        assertThat(progress.toString()).contains("据工作记录自动统计");

        JsonNode summary = secretary.get("/api/activity-summary?organizationId=" + county + "&year=" + today.getYear()).json();
        assertThat(summary.get("fieldVisits").asInt()).isEqualTo(5);
        assertThat(summary.get("organizationsVisited").asInt()).isEqualTo(4);
        assertThat(summary.get("villagesVisited").asInt()).isEqualTo(3);

        JsonNode findings = secretary.post("/api/claims/check", Map.of("leaderUserId", leader, "year", today.getYear(),
                "text", "履职工作的特色和亮点：我今年到5个村调研，解决了一批实际问题。")).json();
        assertThat(findings.size()).isEqualTo(1);
        assertThat(findings.get(0).get("rule").asString()).isEqualTo("CLAIM_MISMATCH");
        assertThat(findings.get(0).get("claimed").asInt()).isEqualTo(5);
        assertThat(findings.get(0).get("recorded").asInt()).isEqualTo(3);
    }

    @Test
    void correctingAVisitMovesTheLinkedCommitmentBothWays() {
        long id = commitment("到村调研2个以上", 2, "个");
        secretary.post("/api/commitments/" + id + "/link", Map.of("counter", "villagesVisited", "leaderUserId", leader));
        visit(v1);
        Api.Response second = secretary.post("/api/field-visits", Map.of("date", today.toString(), "organizationIds", List.of(v1),
                "purpose", "RESEARCH"));
        long visitId = second.json().get("id").asLong();
        assertThat(secretary.get("/api/commitments/" + id).json().get("latestValue").asInt()).isEqualTo(1);

        Api.Response moved = secretary.put("/api/field-visits/" + visitId, Map.of("date", today.toString(), "organizationIds", List.of(v2),
                "purpose", "RESEARCH"));
        assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        assertThat(secretary.get("/api/commitments/" + id).json().get("latestValue").asInt()).isEqualTo(2);
        assertThat(status(id)).isEqualTo("FULFILLED");

        secretary.put("/api/field-visits/" + visitId, Map.of("date", today.toString(), "organizationIds", List.of(community),
                "purpose", "RESEARCH"));
        assertThat(secretary.get("/api/commitments/" + id).json().get("latestValue").asInt()).isEqualTo(1);
    }

    @Test
    void recordsAlreadyThereCountAtOnceWhenLinking() {
        visit(v1);
        visit(v2);
        long id = commitment("全年调研督办不少于2次", 2, "次");

        Api.Response linked = secretary.post("/api/commitments/" + id + "/link", Map.of("counter", "fieldVisits"));

        assertThat(linked.json().get("value").asInt()).isEqualTo(2);
        assertThat(status(id)).isEqualTo("FULFILLED");
    }

    @Test
    void linkingIsCheckedAndScoped() {
        long id = commitment("到村调研3个以上", 3, "个");
        assertThat(secretary.post("/api/commitments/" + id + "/link", Map.of("counter", "checkIns")).status()).isEqualTo(422);
        assertThat(secretary.post("/api/commitments/99999999/link", Map.of("counter", "villagesVisited")).status()).isEqualTo(404);

        long otherCounty = tree.county(tree.org(null, "另一市", "COMMITTEE", "CITY"), "乙县");
        String username = Api.unique("wrother");
        tree.secretary(username, "乙县书记", otherCounty);
        Api other = Api.login(port, username, "secretary-pass-1");
        assertThat(other.post("/api/commitments/" + id + "/link", Map.of("counter", "villagesVisited")).status()).isEqualTo(404);
    }
}
