package io.shuzhi.followup;

import io.shuzhi.shared.time.MutableClock;
import io.shuzhi.support.Api;
import io.shuzhi.support.IntegrationTest;
import io.shuzhi.warning.WarningService;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance scenario of the follow-up, through the API, with the expected numbers computed by hand in the
 * comments. The clock is shared with other test classes: it only moves forward and every date derives from it.
 */
@IntegrationTest
class FollowupAcceptanceTest {

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WarningService warnings;
    @Autowired
    ReminderJob reminders;

    Api admin;
    FollowupFixture fixture;

    @BeforeEach
    void setUp() {
        admin = Api.admin(port);
        fixture = new FollowupFixture(admin, port);
    }

    private void advanceDays(int days) {
        clock.advance(Duration.ofDays(days));
        admin = Api.admin(port); // tokens expire by the same clock
        fixture = new FollowupFixture(admin, port);
    }

    @Test
    void warningColoursAppearAsTheClockMovesAndNotifyOnceOnEntryAndEscalation() {
        long county = fixture.organization(null, "预警县", "COMMITTEE", "COUNTY");
        LocalDate today = LocalDate.now(clock);
        long problem = fixture.problem(admin, county, "党员发展工作滞后", today.plusDays(1));
        long commitment = admin.post("/api/commitments", Map.of("organizationId", county, "text", "全年发展党员5名",
                "value", 5, "unit", "名", "comparator", "AT_LEAST", "deadline", today.plusDays(300).toString())).json().get("id").asLong();
        assertThat(colour("PROBLEM", problem, county)).isNull();

        // due + 31 days: overdue 31 > 30 → YELLOW; no progress for 32 > 30 days → commitment STALLED → BLUE
        advanceDays(32);
        assertThat(colour("PROBLEM", problem, county)).isEqualTo("YELLOW");
        assertThat(colour("COMMITMENT", commitment, county)).isEqualTo("BLUE");
        warnings.recompute();
        warnings.recompute(); // a second run changes nothing and notifies nobody again
        assertThat(warningNotifications(county)).isEqualTo(2); // problem entered YELLOW, commitment entered BLUE

        // due + 61 days: overdue 61 > 60 → RED, an escalation: one more notification
        advanceDays(30);
        assertThat(colour("PROBLEM", problem, county)).isEqualTo("RED");
        JsonNode red = admin.get("/api/warnings?organizationId=" + county + "&color=RED").json();
        assertThat(red.size()).isEqualTo(1);
        assertThat(red.get(0).get("rule").asString()).isEqualTo("problem-overdue-60");
        assertThat(red.get(0).get("since").isNull()).isFalse();
        warnings.recompute();
        warnings.recompute();
        assertThat(warningNotifications(county)).isEqualTo(3);
        assertThat(admin.get("/api/warnings/PROBLEM/" + problem + "/history").json().size()).isEqualTo(2); // YELLOW, then RED

        // an override needs a reason; with one it wins over the rules
        assertThat(admin.post("/api/warnings/override", Map.of("subjectType", "PROBLEM", "subjectId", problem, "color", "YELLOW",
                "reason", " ")).status()).isEqualTo(422);
        assertThat(admin.post("/api/warnings/override", Map.of("subjectType", "PROBLEM", "subjectId", problem, "color", "YELLOW",
                "reason", "已列入县委督办,暂降为黄色")).status()).isEqualTo(200);
        assertThat(colour("PROBLEM", problem, county)).isEqualTo("YELLOW");
    }

    @Test
    void remindersAreSentOnceForEachOffset() {
        long county = fixture.organization(null, "提醒县", "COMMITTEE", "COUNTY");
        LocalDate due = LocalDate.now(clock).plusDays(7);
        fixture.problem(admin, county, "阵地建设不达标", due);

        reminders.sendReminders(); // due − 7: the first reminder
        reminders.sendReminders(); // nothing new
        assertThat(reminderTitles(county)).hasSize(1).allMatch(t -> t.contains("还有 7 天到期"));

        advanceDays(6); // due − 1
        reminders.sendReminders();
        reminders.sendReminders();
        advanceDays(2); // due + 1
        reminders.sendReminders();
        assertThat(reminderTitles(county)).hasSize(3).anyMatch(t -> t.contains("还有 1 天到期")).anyMatch(t -> t.contains("已逾期 1 天"));

        advanceDays(3); // due + 4: no offset reached since due + 1
        reminders.sendReminders();
        assertThat(reminderTitles(county)).hasSize(3);

        // operators can run the job through the API; it stays idempotent, and it is for administrators only
        assertThat(admin.post("/api/followup/jobs/reminders", Map.of()).status()).isEqualTo(200);
        assertThat(reminderTitles(county)).hasSize(3);
        assertThat(fixture.user("ORGANIZATION_DEPARTMENT", county).post("/api/followup/jobs/reminders", Map.of()).status()).isEqualTo(403);
        // the in-app notification centre shows them to the county
        Api department = fixture.user("ORGANIZATION_DEPARTMENT", county);
        assertThat(department.get("/api/notifications").json().valueStream().filter(n -> n.get("kind").asString().equals("reminder")).count()).isEqualTo(3);
        assertThat(department.get("/api/notifications/unread-count").json().get("unread").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(department.post("/api/notifications/read-all", Map.of()).status()).isEqualTo(204);
        assertThat(department.get("/api/notifications/unread-count").json().get("unread").asLong()).isZero();
    }

    @Test
    void commitmentRatingsAndTheFulfilmentRateAreRightByHand() {
        long county = fixture.organization(null, "践诺县", "COMMITTEE", "COUNTY");
        long village = fixture.organization(county, "践诺村", "BRANCH", "VILLAGE");
        Api secretary = fixture.user("SECRETARY", county);
        LocalDate deadline = LocalDate.now(clock).plusDays(10);
        int year = deadline.getYear();

        long c1 = commitment(county, "新建党群服务中心不少于5个", 5, null, "AT_LEAST", deadline);
        long c2 = commitment(county, "培训党员3至5批次", 3, 5, "RANGE", deadline);
        long c3 = commitment(county, "加强村级组织建设", null, null, null, deadline);
        long c4 = commitment(county, "走访农户10户", 10, null, "EXACT", deadline);
        long c5 = commitment(county, "提升服务水平", null, null, null, deadline);
        long c6 = commitment(village, "信访件不超过2件", 2, null, "AT_MOST", deadline);

        assertThat(progress(c1, 5)).isEqualTo("FULFILLED"); // 5 ≥ 5
        assertThat(progress(c2, 2)).isEqualTo("IN_PROGRESS"); // 2 < 3, before the deadline
        assertThat(progress(c4, 6)).isEqualTo("IN_PROGRESS");
        // progress with an evidence file (checked by content like rectification evidence)
        Api.Response withEvidence = admin.upload("/api/commitments/" + c2 + "/progress?value=2&note=" + "training", "签到表.pdf",
                "%PDF-1.4 roster".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(withEvidence.status()).as(withEvidence.text()).isEqualTo(200);
        assertThat(admin.upload("/api/commitments/" + c2 + "/progress?value=2", "签到表.pdf", new byte[]{'M', 'Z'}).status()).isEqualTo(422);
        assertThat(admin.get("/api/commitments/" + c2 + "/progress").json().get(1).get("evidenceKey").isNull()).isFalse();
        assertThat(progress(c6, 1)).isEqualTo("IN_PROGRESS"); // an upper bound is only judged at the deadline

        assertThat(rate(secretary, c3, "BROKEN", "未落实")).isEqualTo(403); // not rated by the one who promised
        assertThat(rate(admin, c3, "BROKEN", "")).isEqualTo(422); // BROKEN needs a reason
        assertThat(rate(admin, c3, "BROKEN", "全年未开展任何工作")).isEqualTo(200);
        assertThat(rate(admin, c4, "PARTLY_FULFILLED", null)).isEqualTo(422); // an override of IN_PROGRESS needs a reason
        assertThat(rate(admin, c4, "PARTLY_FULFILLED", "走访6户,因疫情中止")).isEqualTo(200);
        assertThat(rate(admin, c5, "UNVERIFIABLE", "表述笼统,无法核实")).isEqualTo(200);

        // rated: c1 FULFILLED, c3 BROKEN, c4 PARTLY_FULFILLED, c5 UNVERIFIABLE = 4; fulfilled 1 → 1/4 = 0.25
        // unrated: c2 IN_PROGRESS, c6 IN_PROGRESS (in the village, inside the county's subtree) = 2
        JsonNode rate = admin.get("/api/commitments/fulfilment?organizationId=" + county + "&year=" + year).json();
        assertThat(rate.get("rated").asInt()).isEqualTo(4);
        assertThat(rate.get("fulfilled").asInt()).isEqualTo(1);
        assertThat(rate.get("rate").asDouble()).isEqualTo(0.25);
        assertThat(rate.get("unrated").asInt()).isEqualTo(2);
        // the village alone: nothing rated, so no rate at all (not zero)
        JsonNode villageRate = admin.get("/api/commitments/fulfilment?organizationId=" + village + "&year=" + year).json();
        assertThat(villageRate.get("rate").isNull()).isTrue();
        assertThat(villageRate.get("unrated").asInt()).isEqualTo(1);

        // one day past the deadline: c2 has progress but 2 < 3 → PARTLY_FULFILLED; c6 reached 1 ≤ 2 → FULFILLED
        // rated 6, fulfilled 2 (c1, c6) → 2/6 = 0.3333; unrated 0
        advanceDays(11);
        rate = admin.get("/api/commitments/fulfilment?organizationId=" + county + "&year=" + year).json();
        assertThat(rate.get("rated").asInt()).isEqualTo(6);
        assertThat(rate.get("fulfilled").asInt()).isEqualTo(2);
        assertThat(rate.get("rate").asDouble()).isEqualTo(0.3333);
        assertThat(rate.get("unrated").asInt()).isZero();
        assertThat(admin.get("/api/commitments/" + c2).json().get("status").asString()).isEqualTo("PARTLY_FULFILLED");
        // next year's report sees last year's commitments with their outcome
        assertThat(admin.get("/api/commitments?organizationId=" + county + "&year=" + year).json().size()).isEqualTo(6);
    }

    @Test
    void weakOrganizationQuotasFollowTheSharesPerLevel() {
        long county = fixture.organization(null, "整顿县", "COMMITTEE", "COUNTY");
        List<Long> villages = new ArrayList<>();
        List<Long> communities = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            villages.add(fixture.organization(county, "村" + i, "BRANCH", "VILLAGE"));
        }
        for (int i = 1; i <= 20; i++) {
            communities.add(fixture.organization(county, "社区" + i, "BRANCH", "COMMUNITY"));
        }
        LocalDate due = LocalDate.now(clock).plusDays(90);
        int year = LocalDate.now(clock).getYear();
        long weakVillage = villages.get(6);
        for (int i = 0; i < 3; i++) {
            fixture.problem(admin, weakVillage, "问题" + i, due); // PROBLEMS = 100 − 3 × 5 = 85, the only indicator with data
        }
        fixture.problem(admin, communities.get(2), "问题", due); // PROBLEMS = 100 − 5 = 95

        Api.Response preview = admin.post("/api/weak-organizations/preview", Map.of("rootOrganizationId", county, "year", year));
        assertThat(preview.status()).as(preview.text()).isEqualTo(200);
        Map<String, int[]> quotas = new HashMap<>();
        preview.json().get("quotas").forEach(q -> quotas.put(q.get("level").asString(), new int[]{q.get("total").asInt(), q.get("quota").asInt()}));
        assertThat(quotas.get("VILLAGE")).containsExactly(40, 4); // ceil(0.10 × 40) = 4
        assertThat(quotas.get("COMMUNITY")).containsExactly(20, 1); // ceil(0.05 × 20) = 1
        assertThat(quotas).doesNotContainKey("COUNTY"); // the root is not a candidate

        JsonNode ranked = preview.json().get("organizations");
        assertThat(ranked.size()).isEqualTo(60);
        JsonNode bottomVillage = ranked.valueStream().filter(o -> o.get("level").asString().equals("VILLAGE")).findFirst().orElseThrow();
        assertThat(bottomVillage.get("organizationId").asLong()).isEqualTo(weakVillage);
        assertThat(bottomVillage.get("score").asDouble()).isEqualTo(85.0);
        assertThat(bottomVillage.get("indicators").get("PROBLEMS").asDouble()).isEqualTo(85.0);
        assertThat(ranked.valueStream().filter(o -> o.get("proposed").asBoolean()).count()).isEqualTo(5); // 4 + 1

        assertThat(admin.post("/api/weak-organizations/confirm", Map.of("rootOrganizationId", county, "year", year,
                "organizationIds", List.of(county))).status()).isEqualTo(422);
        Api.Response confirmed = admin.post("/api/weak-organizations/confirm", Map.of("rootOrganizationId", county, "year", year,
                "organizationIds", List.of(weakVillage, communities.get(2))));
        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
        assertThat(confirmed.json().size()).isEqualTo(2);
        long weakId = confirmed.json().get(0).get("id").asLong();
        assertThat(confirmed.json().get(0).get("replaceSecretary").asBoolean()).isFalse();

        assertThat(admin.post("/api/weak-organizations/" + weakId + "/sponsors", Map.of("name", "王副县长")).status()).isEqualTo(200);
        // 65 < 70: carried over into next year, and designated two years running → secretary flagged for replacement
        JsonNode assessed = admin.post("/api/weak-organizations/" + weakId + "/assess", Map.of("score", 65)).json();
        assertThat(assessed.get("status").asString()).isEqualTo("CARRIED_OVER");
        JsonNode nextYear = admin.get("/api/weak-organizations?organizationId=" + weakVillage + "&year=" + (year + 1)).json();
        assertThat(nextYear.size()).isEqualTo(1);
        assertThat(nextYear.get(0).get("replaceSecretary").asBoolean()).isTrue();
        long communityWeak = confirmed.json().get(1).get("id").asLong();
        assertThat(admin.post("/api/weak-organizations/" + communityWeak + "/assess", Map.of("score", 70)).json()
                .get("status").asString()).isEqualTo("TURNED_AROUND"); // 70 ≥ 70
    }

    @Test
    void aSecretaryOfCountyANeverSeesCountyB() throws Exception {
        long city = fixture.organization(null, "市", "COMMITTEE", "CITY");
        long countyA = fixture.organization(city, "甲县", "COMMITTEE", "COUNTY");
        long countyB = fixture.organization(city, "乙县", "COMMITTEE", "COUNTY");
        String secretaryName = fixture.userName("SECRETARY", countyA);
        LocalDate today = LocalDate.now(clock);
        long problemA = fixture.problem(admin, countyA, "甲县的问题", today.plusDays(1));
        long problemB = fixture.problem(admin, countyB, "乙县的问题", today.plusDays(1));
        long commitmentB = commitment(countyB, "乙县的承诺", null, null, null, today.plusDays(100));
        String numberA = admin.get("/api/problems/" + problemA).json().get("number").asString();
        String numberB = admin.get("/api/problems/" + problemB).json().get("number").asString();
        advanceDays(32); // both problems YELLOW
        assertThat(colour("PROBLEM", problemB, countyB)).isEqualTo("YELLOW");
        Api secretary = fixture.login(secretaryName);

        assertThat(ids(secretary.get("/api/problems").json())).contains(problemA).doesNotContain(problemB);
        assertThat(secretary.get("/api/problems/" + problemB).status()).isEqualTo(404);
        assertThat(secretary.get("/api/problems?organizationId=" + countyB).status()).isEqualTo(404);
        assertThat(secretary.post("/api/problems/" + problemB + "/start", Map.of()).status()).isEqualTo(404);
        assertThat(ids(secretary.get("/api/commitments").json())).doesNotContain(commitmentB);
        assertThat(secretary.get("/api/commitments/" + commitmentB).status()).isEqualTo(404);
        assertThat(secretary.get("/api/commitments/fulfilment?organizationId=" + countyB + "&year=" + today.getYear()).status()).isEqualTo(404);
        JsonNode visibleWarnings = secretary.get("/api/warnings").json();
        assertThat(visibleWarnings.valueStream().map(w -> w.get("subjectId").asLong()).toList()).contains(problemA).doesNotContain(problemB);
        assertThat(secretary.get("/api/warnings?organizationId=" + countyB).status()).isEqualTo(404);

        Api.Response export = secretary.get("/api/exports/problems.xlsx");
        assertThat(export.status()).isEqualTo(200);
        String sheet = sheetText(export.body());
        assertThat(sheet).contains(numberA).doesNotContain(numberB);
        assertThat(secretary.get("/api/exports/problems.xlsx?organizationId=" + countyB).status()).isEqualTo(404);
    }

    private long commitment(long organizationId, String text, Integer value, Integer max, String comparator, LocalDate deadline) {
        Map<String, Object> body = new HashMap<>();
        body.put("organizationId", organizationId);
        body.put("text", text);
        body.put("value", value);
        body.put("max", max);
        body.put("unit", value == null ? null : "个");
        body.put("comparator", comparator);
        body.put("deadline", deadline.toString());
        Api.Response r = admin.post("/api/commitments", body);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private String progress(long commitment, int value) {
        Api.Response r = admin.post("/api/commitments/" + commitment + "/progress", Map.of("value", value, "note", "进展"));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.json().get("status").asString();
    }

    private int rate(Api as, long commitment, String status, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        body.put("reason", reason);
        return as.post("/api/commitments/" + commitment + "/rate", body).status();
    }

    private String colour(String subjectType, long subjectId, long organizationId) {
        Api.Response r = admin.get("/api/warnings?organizationId=" + organizationId);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.json().valueStream().filter(w -> w.get("subjectType").asString().equals(subjectType) && w.get("subjectId").asLong() == subjectId)
                .map(w -> w.get("color").asString()).findFirst().orElse(null);
    }

    private long warningNotifications(long organizationId) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE organization_id = :org AND kind LIKE 'warning.%'")
                .param("org", organizationId).query(Long.class).single();
    }

    private List<String> reminderTitles(long organizationId) {
        return jdbc.sql("SELECT title FROM notification WHERE organization_id = :org AND kind = 'reminder' ORDER BY id")
                .param("org", organizationId).query(String.class).list();
    }

    private static List<Long> ids(JsonNode list) {
        return list.valueStream().map(n -> n.get("id").asLong()).toList();
    }

    private static String sheetText(byte[] xlsx) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            StringBuilder text = new StringBuilder();
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('|')));
            return text.toString();
        }
    }
}
