package io.shuzhi.campaign;

import io.shuzhi.support.Api;
import io.shuzhi.support.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One campaign end to end through the public API, as the acceptance criteria describe it: 5 reporters, reports
 * submitted, returned and accepted, routine scores, a formal session of 40 seats in 2 weighted groups, ballots
 * posted concurrently with duplicates and late ones, close, release, results checked against a hand computation,
 * and the bulletin PDF checked for every report's highlights.
 */
@IntegrationTest
class CampaignAcceptanceTest {

    static final String G = "GOOD", FG = "FAIRLY_GOOD", A = "AVERAGE", P = "POOR";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api admin;
    List<Long> reportIds = new ArrayList<>();

    @Test
    void aCampaignFromReportsToBulletin() throws Exception {
        admin = Api.admin(port);
        long city = CampaignFixtures.organization(admin, null, "市委");
        List<Long> counties = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            counties.add(CampaignFixtures.organization(admin, city, "第" + i + "县委"));
        }
        Api.Response created = admin.post("/api/campaigns", Map.of("hostOrganizationId", city, "year", 2025,
                "title", "2025年度县市区党委书记抓基层党建工作述职评议考核", "reporterOrganizationIds", counties,
                "scheme", Map.of("gradePoints", Map.of("GOOD", 100, "FAIRLY_GOOD", 80, "AVERAGE", 60, "POOR", 0),
                        "ballotWeight", 0.4, "routineWeight", 0.6,
                        "gradeBands", List.of(Map.of("grade", "GOOD", "min", 90), Map.of("grade", "FAIRLY_GOOD", "min", 80), Map.of("grade", "AVERAGE", "min", 60)),
                        "consequences", List.of(Map.of("bottom", 1, "action", "ADMONITION_TALK")))));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        long campaign = created.json().get("id").asLong();

        JsonNode reports = admin.get("/api/campaigns/" + campaign + "/reports").json();
        assertThat(reports.size()).isEqualTo(5);
        for (int i = 0; i < 5; i++) {
            assertThat(reports.get(i).get("organizationId").asLong()).isEqualTo(counties.get(i));
            assertThat(reports.get(i).get("status").asString()).isEqualTo("DRAFT");
            reportIds.add(reports.get(i).get("id").asLong());
        }

        // the first reporter's own secretary writes and submits; a neighbour's secretary cannot even see it
        Api secretary = CampaignFixtures.user(admin, port, "SECRETARY", counties.get(0));
        Api neighbour = CampaignFixtures.user(admin, port, "SECRETARY", counties.get(1));
        assertThat(secretary.put("/api/reports/" + reportIds.get(0), CampaignFixtures.sections(1)).status()).isEqualTo(200);
        assertThat(neighbour.put("/api/reports/" + reportIds.get(0), CampaignFixtures.sections(9)).status()).isEqualTo(404);
        // an incomplete report cannot be submitted
        assertThat(admin.put("/api/reports/" + reportIds.get(1), Map.of("sections", Map.of("HIGHLIGHTS",
                List.of(Map.of("heading", "只有亮点。", "text", "缺少问题和措施"))))).status()).isEqualTo(200);
        assertThat(admin.post("/api/reports/" + reportIds.get(1) + "/submit", "").status()).isEqualTo(422);
        for (int i = 0; i < 5; i++) {
            Api writer = i == 0 ? secretary : admin;
            assertThat(writer.put("/api/reports/" + reportIds.get(i), CampaignFixtures.sections(i + 1)).status()).isEqualTo(200);
            assertThat(writer.post("/api/reports/" + reportIds.get(i) + "/submit", "").status()).isEqualTo(200);
        }
        // locked once submitted; the reporter cannot accept its own report
        assertThat(secretary.put("/api/reports/" + reportIds.get(0), CampaignFixtures.sections(1)).status()).isEqualTo(409);
        assertThat(secretary.post("/api/reports/" + reportIds.get(0) + "/accept", "").status()).isEqualTo(403);
        // returned with a comment, revised, resubmitted
        assertThat(admin.post("/api/reports/" + reportIds.get(1) + "/return", Map.of("comment", "问题查摆不够具体")).json()
                .get("status").asString()).isEqualTo("RETURNED");
        assertThat(admin.put("/api/reports/" + reportIds.get(1), CampaignFixtures.sections(2)).status()).isEqualTo(200);
        assertThat(admin.post("/api/reports/" + reportIds.get(1) + "/submit", "").status()).isEqualTo(200);
        for (long id : reportIds) {
            assertThat(admin.post("/api/reports/" + id + "/accept", "").json().get("status").asString()).isEqualTo("ACCEPTED");
        }
        // illegal transitions are refused with a problem response
        Api.Response again = admin.post("/api/reports/" + reportIds.get(0) + "/accept", "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("report.illegal-transition");
        assertThat(admin.post("/api/reports/" + reportIds.get(0) + "/return", Map.of("comment", "x")).status()).isEqualTo(409);
        assertThat(admin.post("/api/reports/" + reportIds.get(0) + "/submit", "").status()).isEqualTo(409);
        assertThat(admin.put("/api/reports/" + reportIds.get(0), CampaignFixtures.sections(1)).status()).isEqualTo(409);

        // routine scores: 90, 95, 85, 70, 80; out of range is refused
        assertThat(admin.put("/api/campaigns/" + campaign + "/routine-scores", List.of(Map.of("reportId", reportIds.get(0), "score", 101))).status()).isEqualTo(422);
        String[] routine = {"90", "95", "85", "70", "80"};
        List<Map<String, Object>> scores = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            scores.add(Map.of("reportId", reportIds.get(i), "score", Double.parseDouble(routine[i])));
        }
        assertThat(admin.put("/api/campaigns/" + campaign + "/routine-scores", scores).status()).isEqualTo(200);

        // a formal session: 市委常委 weight 2 × 10 seats, 基层党员群众代表 weight 1 × 30 seats
        Api.Response opened = admin.post("/api/campaigns/" + campaign + "/ballot-sessions", Map.of("mode", "FORMAL",
                "seats", List.of(Map.of("group", "市委常委", "weight", 2, "count", 10), Map.of("group", "基层党员群众代表", "weight", 1, "count", 30))));
        assertThat(opened.status()).as(opened.text()).isEqualTo(201);
        long session = opened.json().get("id").asLong();
        assertThat(opened.json().get("fingerprint").asString()).hasSize(64);
        List<String> leaders = new ArrayList<>();
        List<String> masses = new ArrayList<>();
        opened.json().get("tokens").forEach(t -> (t.get("group").asString().equals("市委常委") ? leaders : masses).add(t.get("token").asString()));
        assertThat(leaders).hasSize(10);
        assertThat(masses).hasSize(30);
        assertThat(admin.get("/api/campaigns/" + campaign + "/results").status()).isEqualTo(409);

        // The ballots that count (grades for reporters 1..5):
        //   常委  6 × [G, G, FG, A, FG]    2 × [FG, G, G, P, A]        (8 of 10 seats vote)
        //   群众 15 × [G, FG, FG, A, G]   10 × [G, G, A, FG, P]        (25 of 30 seats vote)
        Map<String, String[]> finalBallots = new HashMap<>();
        for (int i = 0; i < 8; i++) {
            finalBallots.put(leaders.get(i), i < 6 ? new String[]{G, G, FG, A, FG} : new String[]{FG, G, G, P, A});
        }
        for (int i = 0; i < 25; i++) {
            finalBallots.put(masses.get(i), i < 15 ? new String[]{G, FG, FG, A, G} : new String[]{G, G, A, FG, P});
        }
        Api voter = Api.anonymous(port);
        // round 1, concurrently: every voter's final ballot, except 10 who first cast a different ballot (all 差)
        // and 3 tokens posted by 8 threads at once
        List<String> changedMinds = new ArrayList<>(finalBallots.keySet()).subList(0, 10);
        List<Runnable> round1 = new ArrayList<>();
        finalBallots.forEach((token, grades) -> {
            String[] first = changedMinds.contains(token) ? new String[]{P, P, P, P, P} : grades;
            round1.add(() -> assertThat(voter.post("/api/ballots", ballot(token, first)).status()).isEqualTo(200));
        });
        for (String token : List.of(leaders.get(0), masses.get(0), masses.get(20))) {
            for (int k = 0; k < 8; k++) {
                String[] grades = finalBallots.get(token);
                round1.add(() -> assertThat(voter.post("/api/ballots", ballot(token, grades)).status()).isEqualTo(200));
            }
        }
        runConcurrently(round1);
        // round 2, concurrently: the 10 change their minds (last ballot counts) while others post duplicates
        List<Runnable> round2 = new ArrayList<>();
        for (String token : finalBallots.keySet()) {
            round2.add(() -> assertThat(voter.post("/api/ballots", ballot(token, finalBallots.get(token))).status()).isEqualTo(200));
        }
        runConcurrently(round2);
        // invalid ballots: unknown token, a report outside the campaign, a reporter left out
        assertThat(voter.post("/api/ballots", ballot("NOSUCHTOKEN2", new String[]{G, G, G, G, G})).status()).isEqualTo(404);
        List<Map<String, Object>> outside = new ArrayList<>(ratings(new String[]{G, G, G, G, G}));
        outside.set(0, Map.of("reportId", -5, "grade", G));
        assertThat(voter.post("/api/ballots", Map.of("token", masses.get(29), "ratings", outside)).status()).isEqualTo(422);
        assertThat(voter.post("/api/ballots", Map.of("token", masses.get(29), "ratings", ratings(new String[]{G, G, G, G, G}).subList(0, 4))).status()).isEqualTo(422);

        assertThat(admin.get("/api/ballot-sessions/" + session).json().get("turnout").asInt()).isEqualTo(33);
        assertThat(admin.post("/api/ballot-sessions/" + session + "/release", "").status()).isEqualTo(409);
        JsonNode closed = admin.post("/api/ballot-sessions/" + session + "/close", "").json();
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("seats").asInt()).isEqualTo(40);
        // late ballots, from a voter and from an unused seat, are refused and change nothing
        assertThat(voter.post("/api/ballots", ballot(leaders.get(0), new String[]{P, P, P, P, P})).status()).isEqualTo(409);
        assertThat(voter.post("/api/ballots", ballot(masses.get(29), new String[]{P, P, P, P, P})).status()).isEqualTo(409);
        assertThat(admin.delete("/api/ballot-sessions/" + session).status()).isEqualTo(409);

        // the counts in the database: one ballot per voting token, none lost, none doubled
        assertThat(jdbc.sql("SELECT count(*) FROM ballot WHERE session_id = :s").param("s", session).query(Integer.class).single()).isEqualTo(33);
        assertThat(jdbc.sql("SELECT count(*) FROM ballot_token WHERE session_id = :s AND used").param("s", session).query(Integer.class).single()).isEqualTo(33);
        assertThat(jdbc.sql("SELECT count(*) FROM ballot b, jsonb_each_text(b.ratings) r WHERE b.session_id = :s AND r.value = 'POOR'")
                .param("s", session).query(Integer.class).single()).isEqualTo(2 + 10);

        assertThat(admin.post("/api/ballot-sessions/" + session + "/release", "").json().get("status").asString()).isEqualTo("RELEASED");
        JsonNode results = admin.get("/api/campaigns/" + campaign + "/results").json();
        assertThat(results.size()).isEqualTo(5);
        // Hand computation (points 100/80/60/0; group means; ballot = (2·常委 + 1·群众)/3; total = 0.4·ballot + 0.6·routine):
        //   R1 常委 (6·100+2·80)/8 = 95   群众 100            ballot 290/3 = 96.6667  total 38.6667+54 = 92.6667 好    rank 2
        //   R2 常委 100                   群众 (15·80+10·100)/25 = 88  ballot 96  total 38.4+57 = 95.4       好    rank 1
        //   R3 常委 (6·80+2·100)/8 = 85   群众 (15·80+10·60)/25 = 72   ballot 242/3 = 80.6667  total 32.2667+51 = 83.2667 较好 rank 3
        //   R4 常委 (6·60+2·0)/8 = 45     群众 (15·60+10·80)/25 = 68   ballot 158/3 = 52.6667  total 21.0667+42 = 63.0667 一般 rank 5 → 约谈
        //   R5 常委 (6·80+2·60)/8 = 75    群众 (15·100+10·0)/25 = 60   ballot 70       total 28+48 = 76          一般 rank 4
        expect(results, 0, "96.6667", "90", "92.6667", "GOOD", 2, Map.of(G, 31, FG, 2, A, 0, P, 0), List.of());
        expect(results, 1, "96", "95", "95.4", "GOOD", 1, Map.of(G, 18, FG, 15, A, 0, P, 0), List.of());
        expect(results, 2, "80.6667", "85", "83.2667", "FAIRLY_GOOD", 3, Map.of(G, 2, FG, 21, A, 10, P, 0), List.of());
        expect(results, 3, "52.6667", "70", "63.0667", "AVERAGE", 5, Map.of(G, 0, FG, 10, A, 21, P, 2), List.of("ADMONITION_TALK"));
        expect(results, 4, "70", "80", "76", "AVERAGE", 4, Map.of(G, 15, FG, 6, A, 2, P, 10), List.of());
        assertThat(results.get(0).get("schemeVersion").asInt()).isEqualTo(1);
        assertThat(results.get(0).get("reportId").asLong()).isEqualTo(reportIds.get(1));

        // the bulletin: editor's note and every accepted report; its PDF carries the highlights in Chinese
        assertThat(admin.post("/api/campaigns/" + campaign + "/bulletin/publish", Map.of("editorNote", "现将述职报告予以刊发。")).status()).isEqualTo(200);
        Api.Response pdf = admin.get("/api/campaigns/" + campaign + "/bulletin.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
        }
        for (int i = 1; i <= 5; i++) {
            assertThat(text).contains(CampaignFixtures.highlight(i).replaceAll("\\s", ""));
        }
        assertThat(text).contains("现将述职报告予以刊发");
    }

    void expect(JsonNode results, int reporter, String ballot, String routine, String total, String grade, int rank,
                Map<String, Integer> counts, List<String> consequences) {
        JsonNode row = results.valueStream().filter(r -> r.get("reportId").asLong() == reportIds.get(reporter))
                .findFirst().orElseThrow(() -> new AssertionError("no result for reporter " + (reporter + 1)));
        assertThat(row.get("ballotScore").decimalValue()).as("ballot " + (reporter + 1)).isEqualByComparingTo(ballot);
        assertThat(row.get("routineScore").decimalValue()).isEqualByComparingTo(routine);
        assertThat(row.get("totalScore").decimalValue()).as("total " + (reporter + 1)).isEqualByComparingTo(total);
        assertThat(row.get("grade").asString()).isEqualTo(grade);
        assertThat(row.get("rank").asInt()).isEqualTo(rank);
        counts.forEach((g, n) -> assertThat(row.get("gradeCounts").get(g).asInt()).as(g + " of " + (reporter + 1)).isEqualTo(n));
        List<String> actual = new ArrayList<>();
        row.get("consequences").forEach(c -> actual.add(c.asString()));
        assertThat(actual).isEqualTo(consequences);
    }

    Map<String, Object> ballot(String token, String[] grades) {
        return Map.of("token", token, "ratings", ratings(grades));
    }

    List<Map<String, Object>> ratings(String[] grades) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < grades.length; i++) {
            list.add(Map.of("reportId", reportIds.get(i), "grade", grades[i]));
        }
        return list;
    }

    static void runConcurrently(List<Runnable> tasks) throws Exception {
        List<Runnable> shuffled = new ArrayList<>(tasks);
        Collections.shuffle(shuffled);
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<?>> futures = new ArrayList<>();
            shuffled.forEach(t -> futures.add(pool.submit(t)));
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
