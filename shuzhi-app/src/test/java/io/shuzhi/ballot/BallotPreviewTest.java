package io.shuzhi.ballot;

import io.shuzhi.campaign.CampaignFixtures;
import io.shuzhi.support.Api;
import io.shuzhi.support.FormSession;
import io.shuzhi.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The results preview before release ({@code GET /api/ballot-sessions/{id}/preview} and the session page): it shows
 * exactly what release then publishes, changes nothing, refuses an open formal session, and is scoped like release.
 */
@IntegrationTest
class BallotPreviewTest {

    static final String G = "GOOD", FG = "FAIRLY_GOOD", A = "AVERAGE", P = "POOR";
    static final String PASSWORD = "preview-pass-1";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api admin;
    long city;
    long campaign;
    List<Long> reportIds = new ArrayList<>();
    String departmentUser;
    Api department;

    /**
     * A city with three county reporters, routine scores 90/80/70, a scheme with 约谈 for the last and 取消评优 for
     * 一般 or worse, and the city's organization department as a user.
     */
    @BeforeEach
    void campaign() {
        admin = Api.admin(port);
        city = CampaignFixtures.organization(admin, null, "预览市委");
        List<Long> counties = new ArrayList<>();
        for (String name : List.of("甲县委", "乙县委", "丙县委")) {
            counties.add(CampaignFixtures.organization(admin, city, name));
        }
        Api.Response created = admin.post("/api/campaigns", Map.of("hostOrganizationId", city, "year", 2025,
                "title", "2025年度预览测试述职评议考核", "reporterOrganizationIds", counties,
                "scheme", Map.of("gradePoints", Map.of(G, 100, FG, 80, A, 60, P, 0),
                        "ballotWeight", 0.4, "routineWeight", 0.6,
                        "gradeBands", List.of(Map.of("grade", G, "min", 90), Map.of("grade", FG, "min", 80), Map.of("grade", A, "min", 60)),
                        "consequences", List.of(Map.of("bottom", 1, "action", "ADMONITION_TALK"),
                                Map.of("gradeAtOrBelow", A, "action", "DISQUALIFY_HONOURS")))));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        campaign = created.json().get("id").asLong();
        reportIds.clear();
        admin.get("/api/campaigns/" + campaign + "/reports").json().forEach(r -> reportIds.add(r.get("id").asLong()));
        assertThat(reportIds).hasSize(3);
        assertThat(admin.put("/api/campaigns/" + campaign + "/routine-scores", List.of(
                Map.of("reportId", reportIds.get(0), "score", 90), Map.of("reportId", reportIds.get(1), "score", 80),
                Map.of("reportId", reportIds.get(2), "score", 70))).status()).isEqualTo(200);
        departmentUser = Api.unique("dept");
        Api.Response user = admin.post("/api/users", Map.of("username", departmentUser, "password", PASSWORD, "displayName", "预览组织部",
                "grants", List.of(Map.of("role", "ORGANIZATION_DEPARTMENT", "organizationId", city))));
        assertThat(user.status()).as(user.text()).isEqualTo(201);
        department = Api.login(port, departmentUser, PASSWORD);
    }

    /** Opens a session of 2 常委 (weight 2) and 3 群众 (weight 1) seats and casts every ballot. */
    long votedSession(String mode) {
        Api.Response opened = department.post("/api/campaigns/" + campaign + "/ballot-sessions", Map.of("mode", mode,
                "seats", List.of(Map.of("group", "市委常委", "weight", 2, "count", 2), Map.of("group", "群众代表", "weight", 1, "count", 3))));
        assertThat(opened.status()).as(opened.text()).isEqualTo(201);
        List<String> leaders = new ArrayList<>();
        List<String> masses = new ArrayList<>();
        opened.json().get("tokens").forEach(t -> (t.get("group").asString().equals("市委常委") ? leaders : masses).add(t.get("token").asString()));
        Api voter = Api.anonymous(port);
        // 常委: both rate 甲 好, 乙 较好, 丙 一般; 群众: 甲 好/好/较好, 乙 较好/一般/好, 丙 差/一般/一般; one 群众 seat unused
        for (String token : leaders) {
            cast(voter, token, G, FG, A);
        }
        cast(voter, masses.get(0), G, FG, P);
        cast(voter, masses.get(1), G, A, A);
        return opened.json().get("id").asLong();
    }

    void cast(Api voter, String token, String... grades) {
        List<Map<String, Object>> ratings = new ArrayList<>();
        for (int i = 0; i < grades.length; i++) {
            ratings.add(Map.of("reportId", reportIds.get(i), "grade", grades[i]));
        }
        Api.Response r = voter.post("/api/ballots", Map.of("token", token, "ratings", ratings));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
    }

    long closedSession() {
        long session = votedSession("FORMAL");
        assertThat(department.post("/api/ballot-sessions/" + session + "/close", "").status()).isEqualTo(200);
        return session;
    }

    @Test
    void thePreviewIsWhatReleasePublishesAndChangesNothing() {
        long session = closedSession();
        Api.Response response = department.get("/api/ballot-sessions/" + session + "/preview");
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        JsonNode preview = response.json();
        assertThat(preview.get("status").asString()).isEqualTo("CLOSED");
        assertThat(preview.get("released").asBoolean()).isFalse();
        assertThat(preview.get("shownOnRelease").asBoolean()).isTrue();
        assertThat(preview.get("seats").asInt()).isEqualTo(5);
        assertThat(preview.get("turnout").asInt()).isEqualTo(4);
        assertThat(preview.get("turnoutByGroup").get("群众代表").asInt()).isEqualTo(2);
        assertThat(preview.get("seatsByGroup").get("群众代表").asInt()).isEqualTo(3);

        // Hand computation (100/80/60/0; ballot = (2·常委 + 1·群众)/3; total = 0.4·ballot + 0.6·routine):
        //   甲 常委 100, 群众 100 → ballot 100, total 40+54 = 94 好 rank 1
        //   乙 常委 80, 群众 (80+60)/2 = 70 → ballot 230/3 = 76.6667, total 30.6667+48 = 78.6667 一般 rank 2 → 取消评优
        //   丙 常委 60, 群众 (0+60)/2 = 30 → ballot 50, total 20+42 = 62 一般 rank 3 → 约谈, 取消评优
        JsonNode rows = preview.get("results");
        assertThat(rows.size()).isEqualTo(3);
        expect(rows.get(0), 0, "100", "94", G, 1, List.of());
        expect(rows.get(1), 1, "76.6667", "78.6667", A, 2, List.of("DISQUALIFY_HONOURS"));
        expect(rows.get(2), 2, "50", "62", A, 3, List.of("ADMONITION_TALK", "DISQUALIFY_HONOURS"));
        assertThat(rows.get(0).get("organizationName").asString()).isEqualTo("甲县委");
        assertThat(rows.get(0).get("secretaryName").asString()).isEqualTo("甲书记");
        JsonNode masses = group(rows.get(2), "群众代表");
        assertThat(masses.get("gradeCounts").get(P).asInt()).isEqualTo(1);
        assertThat(masses.get("gradeCounts").get(A).asInt()).isEqualTo(1);
        assertThat(masses.get("ratings").asInt()).isEqualTo(2);
        assertThat(group(rows.get(2), "市委常委").get("gradeCounts").get(A).asInt()).isEqualTo(2);

        // nothing changed: still closed, nothing published, no release audited; previewing again gives the same
        assertThat(department.get("/api/ballot-sessions/" + session).json().get("status").asString()).isEqualTo("CLOSED");
        Api.Response unpublished = department.get("/api/campaigns/" + campaign + "/results");
        assertThat(unpublished.status()).isEqualTo(409);
        assertThat(unpublished.json().get("code").asString()).isEqualTo("results.not-released");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'BallotSession' AND entity_id = :s AND action = 'ballot.released'")
                .param("s", String.valueOf(session)).query(Integer.class).single()).isZero();
        assertThat(department.get("/api/ballot-sessions/" + session + "/preview").json()).isEqualTo(preview);

        // release publishes exactly the previewed rows and statistics
        assertThat(department.post("/api/ballot-sessions/" + session + "/release", "").json().get("status").asString()).isEqualTo("RELEASED");
        JsonNode published = department.get("/api/campaigns/" + campaign + "/results").json();
        assertThat(published).isEqualTo(rows);
        JsonNode statistics = department.get("/api/campaigns/" + campaign + "/results/statistics").json();
        for (String field : List.of("sessionId", "mode", "schemeVersion", "seats", "turnout", "seatsByGroup", "turnoutByGroup",
                "allGoodBallotsByGroup", "comments")) {
            assertThat(statistics.get(field)).as(field).isEqualTo(preview.get(field));
        }
        // after release the preview is the published result, marked as released
        JsonNode after = department.get("/api/ballot-sessions/" + session + "/preview").json();
        assertThat(after.get("released").asBoolean()).isTrue();
        assertThat(after.get("results")).isEqualTo(published);
    }

    @Test
    void anOpenFormalSessionIsRefusedButAnOpenTestSessionIsPreviewed() {
        long formal = votedSession("FORMAL");
        Api.Response refused = department.get("/api/ballot-sessions/" + formal + "/preview");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("code").asString()).isEqualTo("ballot.preview-while-open");
        assertThat(refused.json().get("detail").asString()).contains("正式测评结束前不能预览结果");
        assertThat(department.get("/api/ballot-sessions/" + formal).json().get("status").asString()).isEqualTo("OPEN");

        long test = votedSession("TEST");
        Api.Response rehearsal = department.get("/api/ballot-sessions/" + test + "/preview");
        assertThat(rehearsal.status()).as(rehearsal.text()).isEqualTo(200);
        assertThat(rehearsal.json().get("status").asString()).isEqualTo("OPEN");
        assertThat(rehearsal.json().get("mode").asString()).isEqualTo("TEST");
        assertThat(rehearsal.json().get("turnout").asInt()).isEqualTo(4);
        assertThat(rehearsal.json().get("results").get(0).get("grade").asString()).isEqualTo(G);
        assertThat(department.delete("/api/ballot-sessions/" + test).status()).isEqualTo(204);
    }

    @Test
    void callersOutsideTheHostDepartmentAreRefusedAsForTheSessionItself() {
        long session = closedSession();
        long otherCity = CampaignFixtures.organization(admin, null, "别的市委");
        Api outsider = CampaignFixtures.user(admin, port, "ORGANIZATION_DEPARTMENT", otherCity);
        Api.Response outside = outsider.get("/api/ballot-sessions/" + session + "/preview");
        assertThat(outside.status()).isEqualTo(404);
        assertThat(outside.status()).isEqualTo(outsider.get("/api/ballot-sessions/" + session).status());
        assertThat(outsider.post("/api/ballot-sessions/" + session + "/release", "").status()).isEqualTo(404);

        // the host's secretary sees the campaign but is not its organization department: refused like release
        Api hostSecretary = CampaignFixtures.user(admin, port, "SECRETARY", city);
        Api.Response readOnly = hostSecretary.get("/api/ballot-sessions/" + session + "/preview");
        assertThat(readOnly.status()).isIn(403, 404);
        assertThat(readOnly.status()).isEqualTo(hostSecretary.post("/api/ballot-sessions/" + session + "/release", "").status());
        assertThat(Api.anonymous(port).get("/api/ballot-sessions/" + session + "/preview").status()).isEqualTo(401);
        assertThat(department.get("/api/ballot-sessions/" + session).json().get("status").asString()).isEqualTo("CLOSED");
    }

    @Test
    void theSessionPageShowsThePreviewOfAClosedSessionNextToRelease() throws Exception {
        long session = closedSession();
        FormSession page = new FormSession(port);
        HttpResponse<String> login = page.post("/login", "username=" + departmentUser + "&password=" + PASSWORD, "/login");
        assertThat(login.statusCode()).as(login.body()).isEqualTo(302);

        HttpResponse<String> sessionPage = page.get("/ballot-sessions/" + session);
        assertThat(sessionPage.statusCode()).isEqualTo(200);
        assertThat(sessionPage.body()).contains("预览结果").contains("未发布 · 仅供审核")
                .contains("hx-get=\"/ballot-sessions/" + session + "/preview\"")
                .contains("action=\"/ballot-sessions/" + session + "/release\"");

        HttpResponse<String> preview = page.get("/ballot-sessions/" + session + "/preview");
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("id=\"preview-table\"").contains("未发布 · 仅供审核")
                .contains("甲县委").contains("丙县委").contains("市委常委：2/0/0/0").contains("群众代表：0/0/1/1")
                .contains("94.00").contains("约谈").contains("取消评优评先资格").contains("4 / 5")
                .contains("action=\"/ballot-sessions/" + session + "/release\"");
        // what htmx loads into the session page: the section alone
        HttpResponse<String> fragment = page.get("/ballot-sessions/" + session + "/preview", "HX-Request", "true");
        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body()).contains("id=\"preview-table\"").contains("未发布 · 仅供审核").contains("甲县委")
                .doesNotContain("<html");
        assertThat(department.get("/api/ballot-sessions/" + session).json().get("status").asString()).isEqualTo("CLOSED");

        // released through the form next to the preview: the session page no longer offers a preview
        HttpResponse<String> released = page.post("/ballot-sessions/" + session + "/release", "", "/ballot-sessions/" + session + "/preview");
        assertThat(released.statusCode()).isEqualTo(302);
        assertThat(page.get("/ballot-sessions/" + session).body()).doesNotContain("未发布 · 仅供审核");

        // an open formal session's page offers no preview
        long open = votedSession("FORMAL");
        assertThat(page.get("/ballot-sessions/" + open).body()).doesNotContain("/ballot-sessions/" + open + "/preview");
    }

    static JsonNode group(JsonNode row, String name) {
        return row.get("groups").valueStream().filter(g -> g.get("group").asString().equals(name)).findFirst().orElseThrow();
    }

    void expect(JsonNode row, int reporter, String ballot, String total, String grade, int rank, List<String> consequences) {
        assertThat(row.get("reportId").asLong()).isEqualTo(reportIds.get(reporter));
        assertThat(row.get("ballotScore").decimalValue()).as("ballot " + reporter).isEqualByComparingTo(ballot);
        assertThat(row.get("totalScore").decimalValue()).as("total " + reporter).isEqualByComparingTo(total);
        assertThat(row.get("grade").asString()).isEqualTo(grade);
        assertThat(row.get("rank").asInt()).isEqualTo(rank);
        List<String> actual = new ArrayList<>();
        row.get("consequences").forEach(c -> actual.add(c.asString()));
        assertThat(actual).isEqualTo(consequences);
    }
}
