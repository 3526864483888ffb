package io.shuzhi.followup;

import io.shuzhi.shared.time.MutableClock;
import io.shuzhi.support.Api;
import io.shuzhi.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A problem through its whole life, through the API, as the owner and as the level above. */
@IntegrationTest
class ProblemLifecycleTest {

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    Api admin;
    FollowupFixture fixture;

    @BeforeEach
    void setUp() {
        admin = Api.admin(port);
        fixture = new FollowupFixture(admin, port);
    }

    Map<String, Object> problem(long organizationId, String description, LocalDate due) {
        return Map.of("organizationId", organizationId, "source", "CRITIQUE", "description", description,
                "responsiblePerson", "张书记", "measures", "每月召开一次支部委员会", "standard", "全年12次会议记录齐全",
                "dueDate", due.toString());
    }

    @Test
    void problemIsNumberedWorkedOnAndClosedOutOnlyByTheLevelAboveWithEvidence() throws Exception {
        long county = fixture.organization(null, "随县", "COMMITTEE", "COUNTY");
        long village = fixture.organization(county, "某村", "BRANCH", "VILLAGE");
        Api villageSecretary = fixture.user("SECRETARY", village);
        Api countyDepartment = fixture.user("ORGANIZATION_DEPARTMENT", county);
        LocalDate today = LocalDate.now(clock);
        String code = jdbc.sql("SELECT code FROM organization WHERE id = :id").param("id", village).query(String.class).single();

        Api.Response first = villageSecretary.post("/api/problems", problem(village, "三会一课制度落实不到位", today.plusDays(60)));
        assertThat(first.status()).as(first.text()).isEqualTo(201);
        assertThat(first.json().get("number").asString()).isEqualTo(code + "-" + today.getYear() + "-001");
        assertThat(first.json().get("status").asString()).isEqualTo("OPEN");
        Api.Response second = villageSecretary.post("/api/problems", problem(village, "党员教育管理偏松", today.plusDays(60)));
        assertThat(second.json().get("number").asString()).isEqualTo(code + "-" + today.getYear() + "-002");
        long id = first.json().get("id").asLong();

        assertThat(villageSecretary.post("/api/problems/" + id + "/start", Map.of()).json().get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(villageSecretary.post("/api/problems/" + id + "/request-close", Map.of()).json().get("status").asString()).isEqualTo("CLOSE_REQUESTED");

        // no evidence yet: refused with 409, even by the right level
        Api.Response noEvidence = countyDepartment.post("/api/problems/" + id + "/close", Map.of("reason", "已整改"));
        assertThat(noEvidence.status()).as(noEvidence.text()).isEqualTo(409);
        assertThat(noEvidence.json().get("code").asString()).isEqualTo("problem.no-evidence");

        byte[] pdf = "%PDF-1.4\n会议记录".getBytes(StandardCharsets.UTF_8);
        Api.Response uploaded = villageSecretary.upload("/api/problems/" + id + "/evidence", "记录.pdf", pdf);
        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(200);
        assertThat(uploaded.json().get("sha256").asString())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        // an executable renamed to .pdf is refused by its content
        Api.Response fake = villageSecretary.upload("/api/problems/" + id + "/evidence", "记录.pdf", new byte[]{'M', 'Z', 0, 0, 1});
        assertThat(fake.status()).isEqualTo(422);
        // a second upload is a new revision, not a replacement
        villageSecretary.upload("/api/problems/" + id + "/evidence", "补充.txt", "补充说明".getBytes(StandardCharsets.UTF_8));
        JsonNode revisions = admin.get("/api/problems/" + id + "/evidence").json();
        assertThat(revisions.size()).isEqualTo(2);
        assertThat(revisions.get(1).get("revision").asInt()).isEqualTo(2);

        // the owner's own level may not close its own problem
        Api.Response ownLevel = villageSecretary.post("/api/problems/" + id + "/close", Map.of("reason", "已整改"));
        assertThat(ownLevel.status()).isEqualTo(403);

        Api.Response closed = countyDepartment.post("/api/problems/" + id + "/close", Map.of("reason", "查阅会议记录,整改到位"));
        assertThat(closed.status()).as(closed.text()).isEqualTo(200);
        assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
        JsonNode ledger = admin.get("/api/problems/" + id + "/events").json(); // OPEN, IN_PROGRESS, CLOSE_REQUESTED, CLOSED
        assertThat(ledger.size()).isEqualTo(4);
        assertThat(ledger.get(3).get("to").asString()).isEqualTo("CLOSED");
        assertThat(ledger.get(3).get("reason").asString()).isEqualTo("查阅会议记录,整改到位");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'Problem' AND entity_id = :id AND action = 'problem.closed'")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);

        // closing twice is a conflict; reopening needs the level above too
        assertThat(countyDepartment.post("/api/problems/" + id + "/close", Map.of("reason", "again")).status()).isEqualTo(409);
        assertThat(villageSecretary.post("/api/problems/" + id + "/reopen", Map.of("reason", "反弹")).status()).isEqualTo(403);
        assertThat(countyDepartment.post("/api/problems/" + id + "/reopen", Map.of("reason", "问题反弹")).json().get("status").asString()).isEqualTo("REOPENED");
    }

    @Test
    void concurrentCreationsNeverShareANumber() throws Exception {
        long county = fixture.organization(null, "并发县", "COMMITTEE", "COUNTY");
        LocalDate due = LocalDate.now(clock).plusDays(30);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var futures = java.util.stream.IntStream.range(0, 12).mapToObj(i -> pool.submit(() ->
                    admin.post("/api/problems", problem(county, "并发问题" + i, due)).json().get("number").asString())).toList();
            java.util.Set<String> numbers = new java.util.TreeSet<>();
            for (var f : futures) {
                numbers.add(f.get());
            }
            // 12 creations → 12 distinct numbers, 001 … 012 with no gap
            assertThat(numbers).hasSize(12);
            assertThat(numbers.stream().map(n -> n.substring(n.length() - 3)).toList())
                    .containsExactly("001", "002", "003", "004", "005", "006", "007", "008", "009", "010", "011", "012");
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void overdueIsComputedAsTheClockMoves() {
        long county = fixture.organization(null, "县", "COMMITTEE", "COUNTY");
        LocalDate today = LocalDate.now(clock);
        long id = admin.post("/api/problems", problem(county, "阵地建设滞后", today.plusDays(2))).json().get("id").asLong();
        assertThat(overdueIds(county)).doesNotContain(id);

        clock.advance(java.time.Duration.ofDays(3)); // due + 1 day
        admin = Api.admin(port); // tokens expire by the same clock
        assertThat(overdueIds(county)).contains(id);
        assertThat(admin.get("/api/problems/" + id).json().get("overdue").asBoolean()).isTrue();
    }

    @Test
    void aNewProblemIsComparedWithLastYearsProblems() {
        long county = fixture.organization(null, "县", "COMMITTEE", "COUNTY");
        int year = LocalDate.now(clock).getYear();
        // a problem from last year, inserted as history
        jdbc.sql("""
                INSERT INTO problem (organization_id, number, year, source, description, responsible_person, measures, standard,
                    due_date, status, created_at, last_activity_at)
                VALUES (:org, :number, :year, 'CRITIQUE', '三会一课制度落实不到位,组织生活不规范', '甲', '乙', '丙', :due, 'CLOSED', now(), now())""")
                .param("org", county).param("number", Api.unique("OLD-")).param("year", year - 1)
                .param("due", LocalDate.of(year - 1, 12, 31)).update();

        Api.Response again = admin.post("/api/problems", problem(county, "三会一课制度落实不到位", LocalDate.now(clock).plusDays(30)));
        assertThat(again.json().get("similar").size()).isEqualTo(1);
        Api.Response different = admin.post("/api/problems", problem(county, "村集体经济收入偏低", LocalDate.now(clock).plusDays(30)));
        assertThat(different.json().get("similar").size()).isZero();
    }

    private java.util.List<Long> overdueIds(long organizationId) {
        Api.Response r = admin.get("/api/problems?overdue=true&organizationId=" + organizationId);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.json().valueStream()
                .map(n -> n.get("id").asLong()).toList();
    }
}
