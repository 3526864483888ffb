package io.shuzhi.bench.province;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Measures the dashboard's two calls on a running app — GET /api/indicators (the figures, this year and last) and
 * GET /api/indicators/children (the per-child comparison) — for the province root and one county (warm-up, then N
 * timed rounds; p50/p95/max of each and of their sum), and next to them the floor: a plain SQL count/group-by over
 * the same member rows in the same run.
 * <pre>
 * java -cp shuzhi-bench/target/shuzhi-bench.jar io.shuzhi.bench.province.DashboardBench --base http://localhost:18140 \
 *   --password admin-secret-1 --root 1 --county 18 --year 2025 --iterations 20 --jdbc jdbc:postgresql://localhost:PORT/shuzhi
 * </pre>
 */
public final class DashboardBench {

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String base = o.getOrDefault("base", "http://localhost:18140");
        int iterations = Integer.parseInt(o.getOrDefault("iterations", "20"));
        String year = o.getOrDefault("year", "2025");
        HttpClient http = HttpClient.newHttpClient();
        String login = "{\"username\":\"admin\",\"password\":\"" + o.getOrDefault("password", "admin-secret-1") + "\"}";
        String body = http.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/token")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(login)).build(), HttpResponse.BodyHandlers.ofString()).body();
        String token = body.replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        for (String which : new String[]{"root", "county"}) {
            String id = o.get(which);
            String query = "?organizationId=" + id + "&year=" + year;
            HttpRequest indicators = get(base + "/api/indicators" + query, token);
            HttpRequest children = get(base + "/api/indicators/children" + query, token);
            for (int i = 0; i < 3; i++) {
                check(http.send(indicators, HttpResponse.BodyHandlers.ofString()));
                check(http.send(children, HttpResponse.BodyHandlers.ofString()));
            }
            long[] indicatorMs = new long[iterations];
            long[] childrenMs = new long[iterations];
            long[] dashboardMs = new long[iterations];
            for (int i = 0; i < iterations; i++) {
                indicatorMs[i] = timed(http, indicators);
                childrenMs[i] = timed(http, children);
                dashboardMs[i] = indicatorMs[i] + childrenMs[i];
            }
            System.out.printf("%-6s /api/indicators           %s%n", which, stats(indicatorMs));
            System.out.printf("%-6s /api/indicators/children  %s%n", which, stats(childrenMs));
            System.out.printf("%-6s dashboard (both)          %s%n", which, stats(dashboardMs));
            if (o.containsKey("jdbc")) {
                System.out.printf("%-6s SQL floor                 %s%n", which, stats(floor(o.get("jdbc"), Long.parseLong(id), iterations)));
            }
        }
    }

    private static HttpRequest get(String uri, String token) {
        return HttpRequest.newBuilder(URI.create(uri)).header("Authorization", "Bearer " + token).GET().build();
    }

    private static long timed(HttpClient http, HttpRequest request) throws Exception {
        long t = System.nanoTime();
        check(http.send(request, HttpResponse.BodyHandlers.ofString()));
        return (System.nanoTime() - t) / 1_000_000;
    }

    /** The cheapest honest query over the same rows: members of the subtree counted by age band. */
    private static long[] floor(String url, long rootId, int iterations) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
             PreparedStatement s = c.prepareStatement("""
                     SELECT extract(year FROM m.birth_date) <= 1970 AS old, count(*) FROM member m
                     JOIN organization o ON o.id = m.organization_id
                     WHERE o.path LIKE (SELECT path FROM organization WHERE id = ?) || '%' GROUP BY 1""")) {
            s.setLong(1, rootId);
            long[] ms = new long[iterations];
            for (int i = -3; i < iterations; i++) {
                long t = System.nanoTime();
                try (var rs = s.executeQuery()) {
                    while (rs.next()) {
                        rs.getLong(2);
                    }
                }
                if (i >= 0) {
                    ms[i] = (System.nanoTime() - t) / 1_000_000;
                }
            }
            return ms;
        }
    }

    private static void check(HttpResponse<String> r) {
        if (r.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
        }
    }

    private static String stats(long[] ms) {
        long[] sorted = ms.clone();
        Arrays.sort(sorted);
        return String.format("n=%d p50=%d ms p95=%d ms max=%d ms", sorted.length, sorted[sorted.length / 2],
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1], sorted[sorted.length - 1]);
    }
}
