package io.shuzhi.bench.ballot;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicIntegerArray;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ballot load: sets up a campaign per session (10 reporters each) with as many seats as a session takes, then drives
 * {@code POST /api/ballots} open-loop at a fixed rate, then {@code GET /actuator/health} at the same rate as the
 * baseline, prints both and their ratio, closes and releases the sessions and checks that the counted ballots are
 * exactly those accepted (turnout per session, grade counts per report). Localhost only; bounded count and time.
 * <pre>
 * java -cp shuzhi-bench/target/shuzhi-bench.jar io.shuzhi.bench.ballot.BallotLoad --base=http://localhost:18170 \
 *      --rate=1000 --duration=60 --warmup=60 --sessions=4 --seats=5000 --duplicates=0.05
 * </pre>
 * The admin password comes from {@code --admin-password=} or {@code SHUZHI_ADMIN_PASSWORD}. Exit status 0 when the
 * target is met and the counts are exact, 1 otherwise.
 */
public final class BallotLoad {

    /** Options, each {@code --name=value}. Durations in seconds. */
    record Config(URI base, double rate, Duration duration, Duration warmup, int sessions, int seats, int reports,
                  double duplicates, int maxInFlight, int clientThreads, String adminPassword, double p99Ms) {

        static Config parse(String[] args) {
            Map<String, String> o = new LinkedHashMap<>();
            for (String a : args) {
                if (!a.startsWith("--") || !a.contains("=")) {
                    throw new IllegalArgumentException("options are --name=value: " + a);
                }
                o.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
            }
            Config c = new Config(URI.create(o.getOrDefault("base", "http://localhost:18170")),
                    Double.parseDouble(o.getOrDefault("rate", "1000")),
                    Duration.ofSeconds(Long.parseLong(o.getOrDefault("duration", "60"))),
                    Duration.ofSeconds(Long.parseLong(o.getOrDefault("warmup", "60"))),
                    Integer.parseInt(o.getOrDefault("sessions", "4")),
                    Integer.parseInt(o.getOrDefault("seats", "5000")),
                    Integer.parseInt(o.getOrDefault("reports", "10")),
                    Double.parseDouble(o.getOrDefault("duplicates", "0.05")),
                    Integer.parseInt(o.getOrDefault("max-in-flight", "512")),
                    Integer.parseInt(o.getOrDefault("client-threads", "2")),
                    o.getOrDefault("admin-password", System.getenv().getOrDefault("SHUZHI_ADMIN_PASSWORD", "")),
                    Double.parseDouble(o.getOrDefault("p99-ms", "250")));
            if (c.rate <= 0 || c.rate > 20_000 || c.duration.toSeconds() < 1 || c.duration.toSeconds() > 600
                    || c.warmup.toSeconds() > 300 || c.sessions < 1 || c.sessions > 50) {
                throw new IllegalArgumentException("rate 1..20000/s, duration 1..600 s, warmup ≤ 300 s, sessions 1..50");
            }
            return c;
        }
    }

    /** One campaign with its open session: report ids in reporting order and the session's first global token index. */
    record Session(long campaignId, long sessionId, List<Long> reportIds, int firstToken, int tokens) {
    }

    private final Config config;
    private final HttpClient client;
    private final ObjectMapper json = JsonMapper.builder().build();
    private String bearer;

    BallotLoad(Config config, HttpClient client) {
        this.config = config;
        this.client = client;
    }

    public static void main(String[] args) throws Exception {
        Config config = Config.parse(args);
        requireLocalhost(config.base());
        ExecutorService pool = Executors.newFixedThreadPool(config.clientThreads());
        HttpClient client = HttpClient.newBuilder().executor(pool).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        boolean ok;
        try {
            ok = new BallotLoad(config, client).run();
        } finally {
            pool.shutdownNow();
        }
        System.exit(ok ? 0 : 1);
    }

    static void requireLocalhost(URI base) throws Exception {
        if (base.getHost() == null || !InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("BallotLoad only drives a server on this machine (loopback), not " + base);
        }
    }

    boolean run() throws Exception {
        bearer = post("/api/auth/token", Map.of("username", "admin", "password", config.adminPassword())).path("token").asString();
        long run = System.currentTimeMillis() / 1000;
        List<Session> sessions = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        List<Integer> sessionOf = new ArrayList<>();
        for (int s = 0; s < config.sessions(); s++) {
            Session session = setUp(run, s, tokens, bodies, sessionOf);
            sessions.add(session);
        }
        System.out.printf("set up %d sessions, %,d tokens, %d reports each%n", sessions.size(), tokens.size(), config.reports());

        BallotPlan plan = new BallotPlan(tokens.size(), config.duplicates(), run);
        AtomicIntegerArray accepted = new AtomicIntegerArray(tokens.size());
        List<HttpRequest> ballotRequests = new ArrayList<>(bodies.size());
        for (String body : bodies) {
            ballotRequests.add(HttpRequest.newBuilder(config.base().resolve("/api/ballots")).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }
        HttpRequest health = HttpRequest.newBuilder(config.base().resolve("/actuator/health")).timeout(Duration.ofSeconds(30)).GET().build();
        int warmupSteps = OpenLoop.steps(config.rate(), config.warmup());
        OpenLoop loop = new OpenLoop(client, config.maxInFlight());

        LatencyStats.Summary warmBallots = loop.run("warmup", config.rate(), config.warmup(), ballotSteps(plan, ballotRequests, accepted, 0));
        LatencyStats.Summary warmHealth = loop.run("warmup", config.rate(), config.warmup(), i -> List.of(health));
        System.out.println(warmBallots.line());
        System.out.println(warmHealth.line());
        long ballotsFrom = System.currentTimeMillis();
        LatencyStats.Summary ballots = loop.run("ballots", config.rate(), config.duration(), ballotSteps(plan, ballotRequests, accepted, warmupSteps));
        long healthFrom = System.currentTimeMillis();
        LatencyStats.Summary baseline = loop.run("health", config.rate(), config.duration(), i -> List.of(health));
        long healthTo = System.currentTimeMillis();
        // epoch milliseconds of the measured phases, to line up with CPU samples of the server and the database
        System.out.printf("phases (epoch ms): ballots %d–%d, health %d–%d%n", ballotsFrom, healthFrom, healthFrom, healthTo);

        System.out.println();
        System.out.printf("target: %.0f ballots/s for %d s, p99 < %.0f ms (%d client threads, ≤ %d in flight, %.0f%% concurrent duplicates)%n",
                config.rate(), config.duration().toSeconds(), config.p99Ms(), config.clientThreads(), config.maxInFlight(), config.duplicates() * 100);
        System.out.println(ballots.line());
        System.out.println(baseline.line());
        System.out.printf("ratio ballots/health: throughput %.3f, p50 %.2f×, p99 %.2f×%n", ballots.throughput() / baseline.throughput(),
                ballots.p50() / baseline.p50(), ballots.p99() / baseline.p99());
        boolean met = ballots.meets(config.rate(), config.p99Ms());
        System.out.println("throughput and latency target " + (met ? "MET" : "NOT MET"));

        boolean exact = verify(sessions, tokens.size(), accepted);
        System.out.println("counts " + (exact ? "EXACT" : "WRONG"));
        return met && exact;
    }

    private static OpenLoop.Step ballotSteps(BallotPlan plan, List<HttpRequest> requests, AtomicIntegerArray accepted, int offset) {
        return new OpenLoop.Step() {
            @Override
            public List<HttpRequest> requests(int i) {
                HttpRequest r = requests.get(plan.tokenAt(offset + i));
                return plan.copiesAt(offset + i) == 2 ? List.of(r, r) : List.of(r);
            }

            @Override
            public void answered(int i, int requestIndex, HttpResponse<?> response) {
                if (response.statusCode() / 100 == 2) {
                    accepted.set(plan.tokenAt(offset + i), 1);
                }
            }
        };
    }

    private Session setUp(long run, int s, List<String> tokens, List<String> bodies, List<Integer> sessionOf) {
        String prefix = "BENCH-" + run + "-" + s;
        long host = post("/api/organizations", org(null, prefix, "压力测试市委" + s, "CITY")).path("id").asLong();
        List<Long> reporters = new ArrayList<>();
        for (int r = 0; r < config.reports(); r++) {
            reporters.add(post("/api/organizations", org(host, prefix + "-" + r, "压力测试县委" + s + "-" + r, "COUNTY")).path("id").asLong());
        }
        long campaign = post("/api/campaigns", Map.of("hostOrganizationId", host, "year", 2014, "title", "压力测试述职评议 " + prefix,
                "reporterOrganizationIds", reporters)).path("id").asLong();
        List<Long> reportIds = new ArrayList<>();
        for (JsonNode report : get("/api/campaigns/" + campaign + "/reports")) {
            reportIds.add(report.path("id").asLong());
        }
        int half = config.seats() / 2;
        JsonNode opened = post("/api/campaigns/" + campaign + "/ballot-sessions", Map.of("mode", "FORMAL", "seats", List.of(
                Map.of("group", "党代表和干部", "weight", 0.6, "count", config.seats() - half),
                Map.of("group", "群众代表", "weight", 0.4, "count", half))));
        int first = tokens.size();
        for (JsonNode t : opened.path("tokens")) {
            int index = tokens.size();
            String token = t.path("token").asString();
            tokens.add(token);
            bodies.add(BallotPlan.ballotJson(token, index, reportIds));
            sessionOf.add(s);
        }
        return new Session(campaign, opened.path("id").asLong(), Collections.unmodifiableList(reportIds), first, tokens.size() - first);
    }

    private static Map<String, Object> org(Long parent, String code, String name, String level) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("parentId", parent);
        m.put("code", code);
        m.put("name", name);
        m.put("kind", "COMMITTEE");
        m.put("level", level);
        return m;
    }

    /** Closes each session, then compares turnout and (after release) every report's grade counts with what was accepted. */
    private boolean verify(List<Session> sessions, int tokenCount, AtomicIntegerArray accepted) {
        boolean exact = true;
        for (Session s : sessions) {
            int expectedTurnout = 0;
            Map<Integer, long[]> expectedGrades = new LinkedHashMap<>();
            for (int t = s.firstToken(); t < s.firstToken() + s.tokens(); t++) {
                if (accepted.get(t) == 1) {
                    expectedTurnout++;
                    for (int r = 0; r < s.reportIds().size(); r++) {
                        expectedGrades.computeIfAbsent(r, k -> new long[4])[BallotPlan.gradeOf(t, r)]++;
                    }
                }
            }
            int turnout = post("/api/ballot-sessions/" + s.sessionId() + "/close", Map.of()).path("turnout").asInt();
            boolean same = turnout == expectedTurnout;
            System.out.printf("session %d: %,d distinct tokens accepted, turnout after close %,d → %s%n", s.sessionId(), expectedTurnout,
                    turnout, same ? "exact" : "MISMATCH");
            exact &= same;
            try {
                post("/api/ballot-sessions/" + s.sessionId() + "/release", Map.of());
                int mismatches = 0;
                for (JsonNode row : get("/api/campaigns/" + s.campaignId() + "/results")) {
                    int r = s.reportIds().indexOf(row.path("reportId").asLong());
                    long[] want = expectedGrades.getOrDefault(r, new long[4]);
                    for (int g = 0; g < 4; g++) {
                        if (row.path("gradeCounts").path(BallotPlan.GRADES[g]).asLong() != want[g]) {
                            mismatches++;
                        }
                    }
                }
                System.out.printf("session %d: grade counts per report %s%n", s.sessionId(), mismatches == 0 ? "exact" : mismatches + " MISMATCHES");
                exact &= mismatches == 0;
            } catch (RuntimeException e) {
                System.out.printf("session %d: results not checked (%s)%n", s.sessionId(), e.getMessage());
            }
        }
        return exact;
    }

    private JsonNode get(String path) {
        return send(HttpRequest.newBuilder(config.base().resolve(path)).GET());
    }

    private JsonNode post(String path, Object body) {
        return send(HttpRequest.newBuilder(config.base().resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
    }

    private JsonNode send(HttpRequest.Builder request) {
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        HttpRequest r = request.timeout(Duration.ofSeconds(120)).build();
        try {
            HttpResponse<String> response = client.send(r, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(r.method() + " " + r.uri().getPath() + " → " + response.statusCode() + " " + response.body());
            }
            return response.body().isBlank() ? json.createObjectNode() : json.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
