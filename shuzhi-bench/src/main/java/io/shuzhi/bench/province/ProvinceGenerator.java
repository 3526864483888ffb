package io.shuzhi.bench.province;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates a synthetic province into PostgreSQL and, optionally, an .xlsx of further members for the import
 * benchmark. Seeded: the same options give the same rows (ciphertexts aside: their nonces are random).
 * <pre>
 * java -cp shuzhi-bench/target/shuzhi-bench.jar io.shuzhi.bench.province.ProvinceGenerator \
 *   --data-dir /tmp/province [--organizations 200000] [--members 4000000] [--seed 20151229] \
 *   [--xlsx /tmp/members-1m.xlsx --xlsx-rows 1000000] [--migrations shuzhi-app/src/main/resources/db/migration]
 * </pre>
 * With {@code --data-dir} it uses the app's embedded cluster layout ({@code <dir>/pg}, database {@code shuzhi}) and
 * the app's generated key ({@code <dir>/personal-data.key}), so {@code SHUZHI_DATA_DIR=<dir> java -jar shuzhi-app.jar}
 * serves the province. With {@code --url/--user/--password} it writes to that database; pass {@code --key} (base64)
 * equal to the app's SHUZHI_PERSONAL_DATA_KEY. The tables must not already hold a generated province.
 */
public final class ProvinceGenerator {

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        int organizations = Integer.parseInt(o.getOrDefault("organizations", "200000"));
        int members = Integer.parseInt(o.getOrDefault("members", "4000000"));
        long seed = Long.parseLong(o.getOrDefault("seed", "20151229"));
        String migrations = o.getOrDefault("migrations", "shuzhi-app/src/main/resources/db/migration");
        EmbeddedPostgres cluster = null;
        String url = o.get("url");
        String user = o.getOrDefault("user", "postgres");
        String password = o.getOrDefault("password", "postgres");
        byte[] key;
        if (url == null) {
            Path dir = Path.of(o.getOrDefault("data-dir", "./data"));
            Files.createDirectories(dir.resolve("pg"));
            cluster = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("pg")).setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(120)).setServerConfig("max_connections", "300")
                    .setServerConfig("shared_buffers", "256MB").start();
            try (Connection c = cluster.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
                if (!s.executeQuery("SELECT 1 FROM pg_database WHERE datname = 'shuzhi'").next()) {
                    s.execute("CREATE DATABASE shuzhi");
                }
            }
            url = cluster.getJdbcUrl("postgres", "shuzhi");
            key = appKey(dir, o.get("key"));
        } else {
            key = Base64.getDecoder().decode(o.get("key"));
        }
        long started = System.nanoTime();
        Flyway.configure().dataSource(url, user, password).locations("filesystem:" + migrations).outOfOrder(true).load().migrate();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setAutoCommit(false);
            long firstId;
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM organization")) {
                rs.next();
                firstId = rs.getLong(1);
            }
            List<SyntheticOrganization> orgs = ProvinceShape.build(organizations, firstId, "S" + seed + "-", seed);
            int[] memberOrgs = memberOrganizations(orgs);
            var writer = new ProvinceWriter(c, seed);
            writer.organizations(orgs);
            System.out.printf("%,d organizations (root id %d, a county id %d)%n", orgs.size(), orgs.get(0).id(), firstCounty(orgs));
            long membersStarted = System.nanoTime();
            writer.members(orgs, memberOrgs, members, new PersonalDataSealer(key));
            System.out.printf("%,d members, with their rollups (V302 triggers), in %.1f s%n", members, (System.nanoTime() - membersStarted) / 1e9);
            writer.villageRecords(orgs);
            c.commit();
            try (var s = c.createStatement()) {
                c.setAutoCommit(true);
                s.execute("ANALYZE");
            }
            System.out.printf("%,d members and village records written in %.1f s%n", members, (System.nanoTime() - started) / 1e9);
            if (o.containsKey("xlsx")) {
                long t = System.nanoTime();
                int rows = Integer.parseInt(o.getOrDefault("xlsx-rows", "1000000"));
                MemberWorkbook.write(Path.of(o.get("xlsx")), seed, orgs, memberOrgs, members, rows);
                System.out.printf("%,d new members written to %s in %.1f s%n", rows, o.get("xlsx"), (System.nanoTime() - t) / 1e9);
            }
        } finally {
            if (cluster != null) {
                cluster.close();
            }
        }
    }

    /** Leaf organizations weighted by how many members they typically have: villages most, enterprises least. */
    static int[] memberOrganizations(List<SyntheticOrganization> orgs) {
        List<Integer> weighted = new ArrayList<>();
        for (int i = 0; i < orgs.size(); i++) {
            var o = orgs.get(i);
            int weight = switch (o.level()) {
                case "VILLAGE" -> 4;
                case "COMMUNITY" -> 3;
                case "UNIT" -> 2;
                case "TOWNSHIP" -> 1;
                default -> 0;
            };
            for (int w = 0; w < weight; w++) {
                weighted.add(i);
            }
        }
        return weighted.stream().mapToInt(Integer::intValue).toArray();
    }

    private static long firstCounty(List<SyntheticOrganization> orgs) {
        return orgs.stream().filter(x -> x.level().equals("COUNTY")).findFirst().map(SyntheticOrganization::id).orElse(-1L);
    }

    /** The key the app uses for this data directory: the given one, or the one it generated (created here if absent). */
    private static byte[] appKey(Path dir, String given) throws Exception {
        if (given != null) {
            return Base64.getDecoder().decode(given);
        }
        Path file = dir.resolve("personal-data.key");
        if (!Files.exists(file)) {
            byte[] k = new byte[32];
            new java.security.SecureRandom().nextBytes(k);
            Files.writeString(file, Base64.getEncoder().encodeToString(k), StandardCharsets.US_ASCII);
        }
        return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return o;
    }
}
