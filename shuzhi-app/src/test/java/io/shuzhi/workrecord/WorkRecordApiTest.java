package io.shuzhi.workrecord;

import io.shuzhi.support.Api;
import io.shuzhi.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class WorkRecordApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    Api admin;
    Tree tree;
    LocalDate today;
    long city;
    long county;
    long townA;
    long townB;
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
        city = tree.org(null, "市委", "COMMITTEE", "CITY");
        county = tree.county(city, "甲县");
        townA = tree.township(county, "甲镇");
        townB = tree.township(county, "乙镇");
        v1 = tree.village(townA, "一村");
        v2 = tree.village(townA, "二村");
        v3 = tree.village(townB, "三村");
        community = tree.community(townB, "幸福社区");
        String username = Api.unique("wrsec");
        leader = tree.secretary(username, "陈书记", county);
        secretary = Api.login(port, username, "secretary-pass-1");
    }

    Api.Response visit(Api as, List<Long> orgs, String purpose) {
        return as.post("/api/field-visits", Map.of("date", today.toString(), "organizationIds", orgs, "purpose", purpose,
                "notes", "了解村级组织运转"));
    }

    @Test
    void visitsGiveTheActivitySummaryAndTheReportSentence() {
        for (long org : List.of(v1, v1, v2, v3, community)) {
            Api.Response r = visit(secretary, List.of(org), org == v2 ? "SUPERVISION" : "RESEARCH");
            assertThat(r.status()).as(r.text()).isEqualTo(201);
            assertThat(r.json().get("leaderUserId").asLong()).isEqualTo(leader);
        }
        secretary.post("/api/meetings", Map.of("organizationId", county, "kind", "STANDING_COMMITTEE", "date", today.toString(),
                "topics", "研究村级组织建设"));

        JsonNode s = secretary.get("/api/activity-summary?organizationId=" + county + "&year=" + today.getYear()).json();
        assertThat(s.get("fieldVisits").asInt()).isEqualTo(5);
        assertThat(s.get("organizationsVisited").asInt()).isEqualTo(4);
        assertThat(s.get("villagesVisited").asInt()).isEqualTo(3);
        assertThat(s.get("supervisionVisits").asInt()).isEqualTo(1);
        assertThat(s.get("meetings").asInt()).isEqualTo(1);
        assertThat(s.get("keyChallenges").get("open").asInt()).isZero();
        assertThat(s.get("talks").has("required")).isTrue();
        assertThat(s.get("training").has("total")).isTrue();
        assertThat(s.get("proxyServices").asLong()).isZero();

        JsonNode townOnly = secretary.get("/api/activity-summary?organizationId=" + townA + "&year=" + today.getYear()).json();
        assertThat(townOnly.get("fieldVisits").asInt()).isEqualTo(3);
        assertThat(townOnly.get("villagesVisited").asInt()).isEqualTo(2);

        JsonNode sentences = secretary.get("/api/activity-sentences?leaderUserId=" + leader + "&organizationId=" + county
                + "&year=" + today.getYear()).json();
        assertThat(sentences.get(0).get("text").asString()).isEqualTo("主持召开1次常委会专题研究基层党建，先后5次到4个村（社区）调研督办。");
        assertThat(sentences.get(0).get("records").size()).isEqualTo(6);

        Integer audited = jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'field-visit.recorded' AND organization_id = :o")
                .param("o", v1).query(Integer.class).single();
        assertThat(audited).isEqualTo(2);
    }

    @Test
    void claimsAreCheckedAgainstTheLeadersRecords() {
        for (long org : List.of(v1, v1, v2, v3, community)) {
            assertThat(visit(secretary, List.of(org), "RESEARCH").status()).isEqualTo(201);
        }
        Api.Response r = admin.post("/api/claims/check", Map.of("leaderUserId", leader, "year", today.getYear(),
                "text", "我先后5次到3个村调研。今年到5个村调研，解决问题20件。"));

        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.json().size()).isEqualTo(1);
        JsonNode finding = r.json().get(0);
        assertThat(finding.get("rule").asString()).isEqualTo("CLAIM_MISMATCH");
        assertThat(finding.get("text").asString()).isEqualTo("今年到5个村调研");
        assertThat(finding.get("claimed").asInt()).isEqualTo(5);
        assertThat(finding.get("recorded").asInt()).isEqualTo(3);
        assertThat(finding.get("counter").asString()).isEqualTo("villagesVisited");
    }

    @Test
    void anotherCountysRecordsAreInvisible() {
        long countyB = tree.county(city, "乙县");
        long villageB = tree.village(tree.township(countyB, "丙镇"), "丙村");
        String usernameB = Api.unique("wrsecb");
        tree.secretary(usernameB, "乙县书记", countyB);
        Api secretaryB = Api.login(port, usernameB, "secretary-pass-1");

        long visitA = visit(secretary, List.of(v1), "RESEARCH").json().get("id").asLong();
        assertThat(visit(secretaryB, List.of(villageB), "RESEARCH").status()).isEqualTo(201);

        assertThat(secretaryB.get("/api/field-visits/" + visitA).status()).isEqualTo(404);
        assertThat(secretary.get("/api/field-visits/" + visitA).status()).isEqualTo(200);
        assertThat(secretaryB.get("/api/activity-summary?organizationId=" + county + "&year=" + today.getYear()).status()).isEqualTo(404);
        assertThat(secretaryB.get("/api/activity-summary?organizationId=" + countyB + "&year=" + today.getYear()).json()
                .get("fieldVisits").asInt()).isEqualTo(1);
        assertThat(secretaryB.get("/api/activity-summary?year=" + today.getYear() + "&leaderUserId=" + leader).json()
                .get("fieldVisits").asInt()).isZero();
        // nor can B record a visit to A's village
        assertThat(visit(secretaryB, List.of(v1), "RESEARCH").status()).isEqualTo(404);
        assertThat(secretaryB.delete("/api/field-visits/" + visitA).status()).isEqualTo(404);
    }

    @Test
    void visitFindingsGoOnTheProblemListOfTheChosenPlace() {
        Api.Response v = secretary.post("/api/field-visits", Map.of("date", today.toString(), "organizationIds", List.of(v1, v2),
                "purpose", "RESEARCH", "findings", "1. 三会一课记录不全；2. 党员活动室闲置"));
        assertThat(v.status()).as(v.text()).isEqualTo(201);
        long id = v.json().get("id").asLong();
        assertThat(v.json().get("findingItems").get(1).asString()).isEqualTo("党员活动室闲置");

        Api.Response unchosen = secretary.post("/api/field-visits/" + id + "/findings/raise", Map.of());
        assertThat(unchosen.status()).isEqualTo(422);
        assertThat(unchosen.json().get("code").asString()).isEqualTo("workrecord.visit.choose-organization");
        Api.Response elsewhere = secretary.post("/api/field-visits/" + id + "/findings/raise", Map.of("organizationId", v3));
        assertThat(elsewhere.status()).isEqualTo(422);

        Api.Response raised = secretary.post("/api/field-visits/" + id + "/findings/raise", Map.of("organizationId", v2, "items", List.of(1)));
        assertThat(raised.status()).as(raised.text()).isEqualTo(201);
        assertThat(raised.json().get("problemIds").size()).isEqualTo(1);
        long problemId = raised.json().get("problemIds").get(0).asLong();
        assertThat(jdbc.sql("SELECT organization_id, source, source_ref, description FROM problem WHERE id = :id").param("id", problemId)
                .query((rs, n) -> List.of(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).single())
                .containsExactly(v2, "INSPECTION", "field-visit:" + id, "党员活动室闲置");

        Api.Response all = secretary.post("/api/field-visits/" + id + "/findings/raise", Map.of("organizationId", v1));
        assertThat(all.json().get("problemIds").size()).isEqualTo(2);

        // Raising the same finding again (a second click, a retry) answers the problem it already is: 200, not a new one
        Api.Response again = secretary.post("/api/field-visits/" + id + "/findings/raise", Map.of("organizationId", v2, "items", List.of(1)));
        assertThat(again.status()).as(again.text()).isEqualTo(200);
        assertThat(again.json().get("problemIds").get(0).asLong()).isEqualTo(problemId);
        Api.Response allAgain = secretary.post("/api/field-visits/" + id + "/findings/raise", Map.of("organizationId", v1));
        assertThat(allAgain.status()).isEqualTo(200);
        assertThat(allAgain.json().get("problemIds")).isEqualTo(all.json().get("problemIds"));
        assertThat(jdbc.sql("SELECT count(*) FROM problem WHERE source_ref = :ref").param("ref", "field-visit:" + id)
                .query(Long.class).single()).isEqualTo(3);

        long plain = visit(secretary, List.of(v1), "RESEARCH").json().get("id").asLong();
        Api.Response none = secretary.post("/api/field-visits/" + plain + "/findings/raise", Map.of());
        assertThat(none.status()).isEqualTo(422);
        assertThat(none.json().get("code").asString()).isEqualTo("workrecord.visit.no-findings");
    }

    /** A double click sends two raises at once: the second waits for the first and answers its problem. */
    @Test
    void aFindingRaisedTwiceAtOnceBecomesOneProblem() {
        long id = secretary.post("/api/field-visits", Map.of("date", today.toString(), "organizationIds", List.of(v1),
                "purpose", "RESEARCH", "findings", "组织生活会走过场")).json().get("id").asLong();
        List<Api.Response> both = IntStream.range(0, 2).mapToObj(n -> CompletableFuture.supplyAsync(
                        () -> secretary.post("/api/field-visits/" + id + "/findings/raise", Map.of())))
                .toList().stream().map(CompletableFuture::join).toList();
        assertThat(both).extracting(Api.Response::status).containsExactlyInAnyOrder(201, 200);
        assertThat(both.get(0).json().get("problemIds")).isEqualTo(both.get(1).json().get("problemIds"));
        assertThat(jdbc.sql("SELECT count(*) FROM problem WHERE source_ref = :ref").param("ref", "field-visit:" + id)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void visitsAndMeetingsCanBeCorrectedAndTheCorrectionIsAudited() {
        long id = visit(secretary, List.of(v1), "RESEARCH").json().get("id").asLong();
        Api.Response put = secretary.put("/api/field-visits/" + id, Map.of("date", today.toString(), "organizationIds", List.of(v2, v3),
                "purpose", "SUPERVISION", "notes", "督办整改"));
        assertThat(put.status()).as(put.text()).isEqualTo(200);
        assertThat(put.json().get("purpose").asString()).isEqualTo("SUPERVISION");
        assertThat(put.json().get("organizations").size()).isEqualTo(2);
        JsonNode s = secretary.get("/api/activity-summary?organizationId=" + county + "&year=" + today.getYear()).json();
        assertThat(s.get("fieldVisits").asInt()).isEqualTo(1);
        assertThat(s.get("villagesVisited").asInt()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT organization_id FROM field_visit_organization WHERE field_visit_id = :id ORDER BY organization_id")
                .param("id", id).query(Long.class).list()).containsExactly(v2, v3);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'field-visit.revised' AND entity_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);

        Api.Response backwards = secretary.put("/api/field-visits/" + id, Map.of("date", today.toString(),
                "endDate", today.minusDays(1).toString(), "organizationIds", List.of(v1), "purpose", "RESEARCH"));
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(secretary.put("/api/field-visits/99999999", Map.of("date", today.toString(), "organizationIds", List.of(v1),
                "purpose", "RESEARCH")).status()).isEqualTo(404);

        Api.Response m = secretary.post("/api/meetings", Map.of("organizationId", county, "kind", "STANDING_COMMITTEE",
                "date", today.toString(), "topics", "研究村级组织建设"));
        long meetingId = m.json().get("id").asLong();
        Api.Response revised = secretary.put("/api/meetings/" + meetingId, Map.of("organizationId", county, "kind", "LEADING_GROUP",
                "date", today.toString(), "topics", "研究软弱涣散村整顿"));
        assertThat(revised.status()).as(revised.text()).isEqualTo(200);
        assertThat(revised.json().get("kind").asString()).isEqualTo("LEADING_GROUP");
        JsonNode after = secretary.get("/api/activity-summary?organizationId=" + county + "&year=" + today.getYear()).json();
        assertThat(after.get("meetingsByKind").get("LEADING_GROUP").asInt()).isEqualTo(1);
        assertThat(after.get("meetingsByKind").has("STANDING_COMMITTEE") ? after.get("meetingsByKind").get("STANDING_COMMITTEE").asInt() : 0)
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'meeting.revised' AND entity_id = :id")
                .param("id", String.valueOf(meetingId)).query(Long.class).single()).isEqualTo(1);
        assertThat(secretary.put("/api/meetings/" + meetingId, Map.of("organizationId", county, "kind", "OTHER",
                "date", today.toString())).status()).isEqualTo(422);
    }

    @Test
    void badVisitsAreRefusedWithClearProblems() {
        Api.Response noPlace = secretary.post("/api/field-visits", Map.of("date", today.toString(), "organizationIds", List.of(), "purpose", "RESEARCH"));
        assertThat(noPlace.status()).isEqualTo(422);
        assertThat(noPlace.json().get("errors").get(0).get("field").asString()).isEqualTo("organizationIds");

        Api.Response badPurpose = secretary.post("/api/field-visits", Map.of("date", today.toString(), "organizationIds", List.of(v1), "purpose", "CHECK_IN"));
        assertThat(badPurpose.status()).isEqualTo(400);

        Api.Response badKind = secretary.post("/api/meetings", Map.of("organizationId", county, "kind", "PARTY", "date", today.toString(), "topics", "x"));
        assertThat(badKind.status()).isEqualTo(400);
        Api.Response chinese = secretary.post("/api/meetings", Map.of("organizationId", county, "kind", "领导小组会", "date", today.toString(), "topics", "党建述职"));
        assertThat(chinese.status()).as(chinese.text()).isEqualTo(201);
        assertThat(chinese.json().get("kind").asString()).isEqualTo("LEADING_GROUP");
        Api.Response noTopics = secretary.post("/api/meetings", Map.of("organizationId", county, "kind", "OTHER", "date", today.toString()));
        assertThat(noTopics.status()).isEqualTo(422);

        Api.Response backwards = secretary.post("/api/field-visits", Map.of("date", today.toString(), "endDate", today.minusDays(1).toString(),
                "organizationIds", List.of(v1), "purpose", "RESEARCH"));
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(backwards.json().get("code").asString()).isEqualTo("workrecord.end-before-start");
    }

    @Test
    void keyChallengesTalksTrainingAndContactPointsAddUp() {
        int year = today.getYear();
        Api.Response challenge = secretary.post("/api/key-challenges", Map.of("organizationId", county, "title", "村副职养老保险补贴不合理"));
        assertThat(challenge.status()).as(challenge.text()).isEqualTo(201);
        long id = challenge.json().get("id").asLong();
        assertThat(secretary.post("/api/key-challenges/" + id + "/solve", Map.of("outcome", "x")).status()).isEqualTo(409);
        assertThat(secretary.post("/api/key-challenges/" + id + "/analyse", Map.of("analysis", "由县财政补贴")).status()).isEqualTo(200);
        Api.Response solved = secretary.post("/api/key-challenges/" + id + "/solve", Map.of("outcome", "每村3000元", "evidence", "县财政文件"));
        assertThat(solved.json().get("stage").asString()).isEqualTo("SOLVED");
        secretary.post("/api/key-challenges", Map.of("organizationId", county, "title", "远程教育覆盖率不高"));

        assertThat(secretary.post("/api/talks", Map.of("organizationId", townA, "counterpartName", "甲镇书记", "kind", "SUBORDINATE_SECRETARY")).status()).isEqualTo(201);

        var training = new HashMap<String, Object>();
        training.put("organizationId", county);
        training.put("title", "村“两委”干部轮训");
        training.put("startDate", today.toString());
        training.put("participants", Map.of("VILLAGE_PRINCIPAL", 3, "VILLAGE_DEPUTY", 1));
        assertThat(secretary.post("/api/trainings", training).status()).isEqualTo(201);
        assertThat(admin.put("/api/training-population/" + townA + "/VILLAGE_PRINCIPAL", Map.of("headcount", 2)).status()).isEqualTo(204);
        assertThat(admin.put("/api/training-population/" + townB + "/VILLAGE_DEPUTY", Map.of("headcount", 2)).status()).isEqualTo(204);

        assertThat(secretary.post("/api/contact-points", Map.of("organizationId", v3)).status()).isEqualTo(201);
        assertThat(secretary.post("/api/contact-points", Map.of("organizationId", v3)).status()).isEqualTo(409);
        assertThat(secretary.post("/api/contact-points", Map.of("organizationId", v2)).status()).isEqualTo(201);
        visit(secretary, List.of(v3), "CONTACT_POINT");

        JsonNode s = secretary.get("/api/activity-summary?organizationId=" + county + "&year=" + year + "&leaderUserId=" + leader).json();
        assertThat(s.get("keyChallenges").get("open").asInt()).isEqualTo(1);
        assertThat(s.get("keyChallenges").get("solved").asInt()).isEqualTo(1);
        assertThat(s.get("talks").get("done").asInt()).isEqualTo(1);
        int required = jdbc.sql("SELECT sum(required_per_year) FROM talk_requirement").query(Integer.class).single();
        assertThat(s.get("talks").get("required").asInt()).isEqualTo(required);
        assertThat(s.get("training").get("trained").asInt()).isEqualTo(3);
        assertThat(s.get("training").get("total").asInt()).isEqualTo(4);
        assertThat(s.get("contactPoints").get("assigned").asInt()).isEqualTo(2);
        assertThat(s.get("contactPoints").get("visited").asInt()).isEqualTo(1);
    }

    @Test
    void proxyServiceImportIsAllOrNothing() {
        String c1 = tree.code(v1);
        String c2 = tree.code(community);
        String month = today.getYear() + "-01";
        String bad = "orgCode,month,count\n" + c1 + "," + month + ",120\n" + tree.code(townA) + "," + month + ",5\nNOPE," + month + ",x\n";
        Api.Response rejected = secretary.upload("/api/proxy-services/import", "services.csv", bad.getBytes());
        assertThat(rejected.status()).as(rejected.text()).isEqualTo(422);
        assertThat(rejected.json().get("errors").size()).isEqualTo(2);
        assertThat(rejected.text()).contains("第3行").contains("第4行");
        assertThat(secretary.get("/api/activity-summary?organizationId=" + county + "&year=" + today.getYear()).json()
                .get("proxyServices").asLong()).isZero();

        String good = "orgCode,month,count\n" + c1 + "," + month + ",120\n" + c2 + "," + month + ",30\n";
        Api.Response imported = secretary.upload("/api/proxy-services/import", "services.csv", good.getBytes());
        assertThat(imported.status()).as(imported.text()).isEqualTo(200);
        assertThat(imported.json().get("imported").asInt()).isEqualTo(2);
        // importing again replaces the month, it does not add to it
        secretary.upload("/api/proxy-services/import", "services.csv", good.getBytes());
        assertThat(secretary.get("/api/activity-summary?organizationId=" + county + "&year=" + today.getYear()).json()
                .get("proxyServices").asLong()).isEqualTo(150);
    }
}
