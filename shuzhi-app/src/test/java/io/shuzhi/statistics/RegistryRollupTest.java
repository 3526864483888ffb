package io.shuzhi.statistics;

import io.shuzhi.organization.Organization;
import io.shuzhi.organization.OrganizationService;
import io.shuzhi.registry.IdNumbers;
import io.shuzhi.registry.RegistryFixtures;
import io.shuzhi.registry.RegistryFixtures.Org;
import io.shuzhi.support.Api;
import io.shuzhi.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rollups of V302/V303 after random edits — inserts, moves between organizations, changed dates, mobility,
 * status, gender, education, pay, posts, amounts and areas, deletes, an import through the API, subtree moves
 * that change depths (in and out of the rolled-up upper tree), a change of level, rebuilds with another depth
 * and other thresholds — equal from-scratch recounts written here independently of the triggers (members and
 * cadres, table by table), and every indicator IndicatorQueries reports (rollup or live, by depth and year)
 * equals the live query over the records ({@link LiveCounts}) for every organization and year, every round.
 */
@IntegrationTest
class RegistryRollupTest {

    private static final String[] EDUCATION = {"POSTGRADUATE", "BACHELOR", "JUNIOR_COLLEGE", "SECONDARY_VOCATIONAL", "HIGH_SCHOOL", "JUNIOR_HIGH_OR_BELOW"};
    private static final String[] POSTS = {"PARTY_SECRETARY", "COMMITTEE_DIRECTOR", "DEPUTY_SECRETARY", "DEPUTY_DIRECTOR", "COMMITTEE_MEMBER"};

    /** Member counts per organization and year: one GROUP BY over member × the window's years. */
    private static final String MEMBER_RECOUNT = """
            SELECT y AS year, m.organization_id, count(*) AS total,
                   count(*) FILTER (WHERE extract(YEAR FROM m.birth_date) >= y - 35) AS young,
                   count(*) FILTER (WHERE extract(YEAR FROM m.birth_date) BETWEEN y - 54 AND y - 36) AS middle,
                   count(*) FILTER (WHERE extract(YEAR FROM m.birth_date) <= y - 55) AS old,
                   count(*) FILTER (WHERE m.gender = 'FEMALE') AS female,
                   count(*) FILTER (WHERE m.status = 'PROBATIONARY') AS probationary,
                   count(*) FILTER (WHERE m.education <> 'JUNIOR_HIGH_OR_BELOW') AS high_school,
                   count(*) FILTER (WHERE m.education IN ('POSTGRADUATE', 'BACHELOR', 'JUNIOR_COLLEGE')) AS college,
                   count(*) FILTER (WHERE m.mobile AND (m.mobile_since IS NULL OR m.mobile_since <= make_date(y, 12, 31))) AS mobile
            FROM member m, rollup_scope w, generate_series(w.first_year, w.last_year) y
            WHERE m.join_date <= make_date(y, 12, 31) AND (m.left_on IS NULL OR m.left_on > make_date(y, 12, 31))
            GROUP BY y, m.organization_id""";

    private static final String MEMBER_COLUMNS = "total, young, middle, old, female, probationary, high_school, college, mobile";

    /** Cadre figures per organization and year: those in office on 31 December. */
    private static final String CADRE_RECOUNT = """
            SELECT y AS year, c.organization_id, count(*) AS serving,
                   count(*) FILTER (WHERE c.gender = 'FEMALE') AS women,
                   count(*) FILTER (WHERE c.rank = 'PRINCIPAL') AS principals,
                   coalesce(sum(c.annual_pay) FILTER (WHERE c.rank = 'PRINCIPAL'), 0) AS principal_pay,
                   count(*) FILTER (WHERE c.rank = 'DEPUTY') AS deputies,
                   coalesce(sum(c.annual_pay) FILTER (WHERE c.rank = 'DEPUTY'), 0) AS deputy_pay,
                   count(*) FILTER (WHERE c.post = 'PARTY_SECRETARY') AS secretaries,
                   count(*) FILTER (WHERE c.post = 'PARTY_SECRETARY' AND c.holds_both_posts) AS both_posts
            FROM village_cadre c, rollup_scope w, generate_series(w.first_year, w.last_year) y
            WHERE c.served_from <= make_date(y, 12, 31) AND (c.served_to IS NULL OR c.served_to >= make_date(y, 12, 31))
            GROUP BY y, c.organization_id""";

    private static final String CADRE_COLUMNS = "serving, women, principals, principal_pay, deputies, deputy_pay, secretaries, both_posts";

    /**
     * A per-organization recount summed over every organization whose path starts with the ancestor's, for the
     * ancestors the rollups cover (depth ≤ max_depth).
     */
    private static String subtree(String recount, String sums) {
        return "WITH own AS (" + recount + ") SELECT own.year, a.id AS organization_id, " + sums
                + " FROM organization a JOIN organization o ON o.path LIKE a.path || '%' JOIN own ON own.organization_id = o.id"
                + " WHERE a.depth <= (SELECT max_depth FROM rollup_scope)"
                + " GROUP BY own.year, a.id";
    }

    private static final String MEMBER_ROLLUP_RECOUNT = subtree(MEMBER_RECOUNT, "sum(total) AS total, sum(young) AS young,"
            + " sum(middle) AS middle, sum(old) AS old, sum(female) AS female, sum(probationary) AS probationary,"
            + " sum(high_school) AS high_school, sum(college) AS college, sum(mobile) AS mobile");

    private static final String CADRE_ROLLUP_COLUMNS = "principals, principal_pay, deputies, deputy_pay, secretaries, both_posts, committees, committees_with_woman";

    private static final String CADRE_ROLLUP_RECOUNT = subtree(CADRE_RECOUNT, "sum(principals) AS principals,"
            + " sum(principal_pay) AS principal_pay, sum(deputies) AS deputies, sum(deputy_pay) AS deputy_pay,"
            + " sum(secretaries) AS secretaries, sum(both_posts) AS both_posts, count(*) AS committees,"
            + " count(*) FILTER (WHERE women > 0) AS committees_with_woman");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IndicatorQueries queries;

    @Autowired
    LiveCounts live;

    @Autowired
    RollupCounts rollups;

    @Autowired
    RollupThresholds thresholds;

    @Autowired
    OrganizationService organizations;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    private final Random random = new Random(20251231);

    @AfterEach
    void restoreScope() {
        jdbc.sql("UPDATE rollup_scope SET max_depth = 3").update();
        jdbc.sql("SELECT registry_rollup_rebuild()").query().listOfRows();
    }

    @Test
    void talliesAndRollupsEqualRecountsAndTheLiveQueriesAfterRandomEdits() {
        // rollups down to the villages at first; the subtree move below takes three villages out of them
        jdbc.sql("UPDATE rollup_scope SET max_depth = 2").update();
        jdbc.sql("SELECT registry_rollup_rebuild()").query().listOfRows();
        Api admin = Api.admin(port);
        Org county = RegistryFixtures.organization(admin, null, "TK-", "COMMITTEE", "COUNTY");
        Org east = RegistryFixtures.organization(admin, county.id(), "TT-", "COMMITTEE", "TOWNSHIP");
        Org west = RegistryFixtures.organization(admin, county.id(), "TT-", "COMMITTEE", "TOWNSHIP");
        List<Org> orgs = new ArrayList<>(List.of(county, east, west));
        for (int i = 0; i < 6; i++) {
            orgs.add(RegistryFixtures.organization(admin, (i % 2 == 0 ? east : west).id(), "TV-", "BRANCH", "VILLAGE"));
        }
        List<Long> members = new ArrayList<>();
        List<Long> cadres = new ArrayList<>();
        for (int round = 0; round < 6; round++) {
            for (int i = 0; i < 15; i++) {
                members.add(insertMember(orgs));
                cadres.add(insertCadre(orgs));
                insertVillageRecords(orgs);
            }
            for (int i = 0; i < 20; i++) {
                editMember(members, orgs);
                editCadre(cadres, orgs);
                editVillageRecords(orgs);
            }
            if (round == 2) {
                importThroughApi(admin, orgs);
            }
            if (round == 3) {
                move(admin, orgs.get(3), west); // a village to the other township
            }
            if (round == 4) {
                move(admin, west, east); // a township, with its villages, under the other township
                // a village re-classed as a community: its funding no longer counts (funding is per village)
                jdbc.sql("UPDATE organization SET level = 'COMMUNITY' WHERE id = :id").param("id", orgs.get(4).id()).update();
            }
            if (round == 5) {
                jdbc.sql("UPDATE organization SET level = 'VILLAGE' WHERE id = :id").param("id", orgs.get(4).id()).update();
            }
            assertEqualRecounts();
            assertRollupIndicatorsEqualLiveQueries(orgs);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM organization WHERE path LIKE :p || '%'").param("p", path(east))
                .query(Long.class).single()).as("the moves happened: both townships and all six villages under one").isEqualTo(8);
        assertEveryRecordTypeExercised(county);

        jdbc.sql("SELECT registry_rollup_rebuild()").query().listOfRows();
        assertEqualRecounts();
        assertRollupIndicatorsEqualLiveQueries(orgs);

        jdbc.sql("UPDATE rollup_scope SET max_depth = 3").update(); // every organization of the tree, now
        jdbc.sql("SELECT registry_rollup_rebuild()").query().listOfRows();
        assertEqualRecounts();
        assertRollupIndicatorsEqualLiveQueries(orgs);

        // counted with other thresholds (another configuration ran against this database): start-up recounts
        jdbc.sql("UPDATE registry_thresholds SET low_collective_income = 1, office_share_limit = 0.99").update();
        jdbc.sql("SELECT village_rollup_rebuild()").query().listOfRows();
        thresholds.afterPropertiesSet();
        assertRollupIndicatorsEqualLiveQueries(orgs);
    }

    /**
     * Transactions committing at the same time, each changing members of several villages (so each locks rollup
     * rows up to the shared root): none deadlocks or loses an update, and the rollups still equal the recount.
     */
    @Test
    void concurrentTransactionsNeitherDeadlockNorLoseCounts() throws Exception {
        Api admin = Api.admin(port);
        Org county = RegistryFixtures.organization(admin, null, "CK-", "COMMITTEE", "COUNTY");
        List<Org> orgs = new ArrayList<>(List.of(county));
        for (int t = 0; t < 2; t++) {
            Org township = RegistryFixtures.organization(admin, county.id(), "CT-", "COMMITTEE", "TOWNSHIP");
            orgs.add(township);
            for (int v = 0; v < 3; v++) {
                orgs.add(RegistryFixtures.organization(admin, township.id(), "CV-", "BRANCH", "VILLAGE"));
            }
        }
        random.setSeed(7); // other people than the first test's (ID hashes are drawn from it)
        List<Long> members = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            members.add(insertMember(orgs));
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            Random own = new Random(w);
            done.add(pool.submit(() -> {
                for (int i = 0; i < 25; i++) {
                    transactions.executeWithoutResult(status -> {
                        for (int k = 0; k < 3; k++) {
                            jdbc.sql("UPDATE member SET organization_id = :org, birth_date = birth_date - 400 WHERE id = :id")
                                    .param("org", orgs.get(own.nextInt(orgs.size())).id())
                                    .param("id", members.get(own.nextInt(members.size()))).update();
                        }
                    });
                }
                return null;
            }));
        }
        pool.shutdown();
        for (var future : done) {
            future.get(); // rethrows a deadlock or any other failure of a worker
        }
        assertSame("member_rollup", MEMBER_COLUMNS, MEMBER_ROLLUP_RECOUNT);
    }

    private void assertEqualRecounts() {
        assertSame("member_rollup", MEMBER_COLUMNS, MEMBER_ROLLUP_RECOUNT);
        assertSame("cadre_tally", CADRE_COLUMNS, CADRE_RECOUNT);
        assertSame("cadre_rollup", CADRE_ROLLUP_COLUMNS, CADRE_ROLLUP_RECOUNT);
    }

    /** The table's rows, but for those whose figures are all zero (kept by design), equal the recount's. */
    private void assertSame(String table, String columns, String recount) {
        String zeros = columns.replaceAll("[a-z_]+", "0");
        var actual = jdbc.sql("SELECT year, organization_id, " + columns + " FROM " + table
                + " WHERE (" + columns + ") <> (" + zeros + ")").query().listOfRows();
        var expected = jdbc.sql("SELECT year, organization_id, " + columns + " FROM (" + recount + ") r").query().listOfRows();
        assertThat(expected).as("the test exercised %s", table).isNotEmpty();
        assertThat(actual.stream().map(RegistryRollupTest::asLongs).toList()).as(table)
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(RegistryRollupTest::asLongs).toList());
    }

    /** Through IndicatorQueries, which picks the rollups or the live count by depth and year, for both years. */
    private void assertRollupIndicatorsEqualLiveQueries(List<Org> orgs) {
        RollupScope scope = queries.rollupScope();
        for (Org org : orgs) {
            Organization organization = organizations.findByCode(org.code()).orElseThrow();
            for (int year = scope.firstYear(); year <= scope.lastYear() + 1; year += 2) {
                Map<Indicator, Number>[] reported = queries.counts(organization, year);
                for (int i = 0; i < 2; i++) {
                    Map<Indicator, Number> counted = new EnumMap<>(Indicator.class);
                    live.all(organization.path(), year - i, counted);
                    live.firstSecretariesAndRecruitment(organization.path(), LocalDate.of(year - i, 12, 31), counted);
                    assertThat(reported[i]).as("organization %s (depth %d), %d", org.code(), organization.depth(), year - i)
                            .isEqualTo(counted);
                }
            }
        }
    }

    private void assertEveryRecordTypeExercised(Org county) {
        Map<Indicator, Number> figures = new EnumMap<>(Indicator.class);
        rollups.all(county.id(), 2025, figures);
        assertThat(figures).as("the test exercised every record type").allSatisfy((indicator, value) -> assertThat(value).isNotNull());
        assertThat(figures.get(Indicator.MEMBERS_TOTAL).longValue()).isPositive();
        assertThat(figures.get(Indicator.VILLAGES_LOW_COLLECTIVE_INCOME).longValue()).isPositive();
        assertThat(figures.get(Indicator.SERVICE_CENTERS_OFFICE_OVER_HALF).longValue()).isPositive();
        assertThat(figures.get(Indicator.PRIVATE_ENTERPRISES_JOINT).longValue()).isPositive();
    }

    private String path(Org org) {
        return jdbc.sql("SELECT path FROM organization WHERE id = :id").param("id", org.id()).query(String.class).single();
    }

    private static Map<String, Object> asLongs(Map<String, Object> row) {
        var out = new LinkedHashMap<String, Object>();
        row.forEach((k, v) -> out.put(k, ((Number) v).longValue()));
        return out;
    }

    private long insertMember(List<Org> orgs) {
        LocalDate birth = LocalDate.of(1940 + random.nextInt(70), 1 + random.nextInt(12), 1 + random.nextInt(28));
        LocalDate joined = birth.plusYears(18 + random.nextInt(15)).plusDays(random.nextInt(365));
        boolean mobile = random.nextInt(4) == 0;
        byte[] hash = new byte[32];
        random.nextBytes(hash);
        return jdbc.sql("""
                        INSERT INTO member (organization_id, name, gender, birth_date, education, join_date, status,
                            id_number_cipher, id_number_masked, id_number_hash, mobile, mobile_since, left_on)
                        VALUES (:org, '随机', :gender, :birth, :education, :joined, :status, '\\x00', '4201**', :hash, :mobile, :since, :left)
                        RETURNING id""")
                .param("org", pick(orgs).id())
                .param("gender", random.nextBoolean() ? "FEMALE" : "MALE").param("birth", birth)
                .param("education", EDUCATION[random.nextInt(EDUCATION.length)]).param("joined", joined)
                .param("status", random.nextInt(5) == 0 ? "PROBATIONARY" : "FULL").param("hash", hash)
                .param("mobile", mobile).param("since", mobile && random.nextBoolean() ? joined.plusYears(random.nextInt(30)) : null)
                .param("left", random.nextInt(6) == 0 ? joined.plusYears(random.nextInt(40)) : null)
                .query(Long.class).single();
    }

    private void editMember(List<Long> members, List<Org> orgs) {
        long id = members.get(random.nextInt(members.size()));
        String sql = switch (random.nextInt(9)) {
            case 0 -> "UPDATE member SET organization_id = :org WHERE id = :id";
            case 1 -> "UPDATE member SET birth_date = birth_date - make_interval(years => :n) WHERE id = :id";
            case 2 -> "UPDATE member SET join_date = greatest(birth_date + 1, join_date + make_interval(years => :n - 10)) WHERE id = :id";
            case 3 -> "UPDATE member SET left_on = make_date(2010 + :n, 6, 30) WHERE id = :id";
            case 4 -> "UPDATE member SET left_on = NULL WHERE id = :id";
            case 5 -> "UPDATE member SET mobile = NOT mobile, mobile_since = make_date(2010 + :n, 3, 1) WHERE id = :id";
            case 6 -> "UPDATE member SET status = CASE status WHEN 'FULL' THEN 'PROBATIONARY' ELSE 'FULL' END,"
                    + " gender = CASE gender WHEN 'MALE' THEN 'FEMALE' ELSE 'MALE' END, education = :education WHERE id = :id";
            case 7 -> "UPDATE member SET name = name || '改' WHERE id = :id"; // counts nothing: the delta cancels out
            default -> "DELETE FROM member WHERE id = :id";
        };
        apply(sql, id, orgs);
        if (sql.startsWith("DELETE")) {
            members.remove(Long.valueOf(id));
        }
    }

    private long insertCadre(List<Org> orgs) {
        LocalDate from = LocalDate.of(2012 + random.nextInt(16), 1 + random.nextInt(12), 1 + random.nextInt(28));
        int ending = random.nextInt(4);
        // some terms end on 31 December itself: in office that day, so counted for that year
        LocalDate to = ending == 0 ? LocalDate.of(from.getYear() + random.nextInt(6), 12, 31)
                : ending == 1 ? from.plusDays(random.nextInt(2500)) : null;
        String post = POSTS[random.nextInt(POSTS.length)];
        return jdbc.sql("""
                        INSERT INTO village_cadre (organization_id, name, gender, post, rank, holds_both_posts, annual_pay, served_from, served_to)
                        VALUES (:org, '干部', :gender, :post, :rank, :both, :pay, :from, :to) RETURNING id""")
                .param("org", pick(orgs).id()).param("gender", random.nextInt(3) == 0 ? "FEMALE" : "MALE")
                .param("post", post).param("rank", post.startsWith("DEPUTY") || post.equals("COMMITTEE_MEMBER") ? "DEPUTY" : "PRINCIPAL")
                .param("both", post.equals("PARTY_SECRETARY") && random.nextBoolean())
                .param("pay", 3_000_000L + random.nextInt(5_000_000)).param("from", from).param("to", to)
                .query(Long.class).single();
    }

    private void editCadre(List<Long> cadres, List<Org> orgs) {
        long id = cadres.get(random.nextInt(cadres.size()));
        String sql = switch (random.nextInt(7)) {
            case 0 -> "UPDATE village_cadre SET organization_id = :org WHERE id = :id";
            case 1 -> "UPDATE village_cadre SET served_to = make_date(2012 + :n, 12, 31) WHERE id = :id AND served_from <= make_date(2012 + :n, 12, 31)";
            case 2 -> "UPDATE village_cadre SET served_to = NULL WHERE id = :id";
            case 3 -> "UPDATE village_cadre SET gender = CASE gender WHEN 'MALE' THEN 'FEMALE' ELSE 'MALE' END WHERE id = :id";
            case 4 -> "UPDATE village_cadre SET annual_pay = annual_pay + 1000 * :n, holds_both_posts = (post = 'PARTY_SECRETARY' AND NOT holds_both_posts) WHERE id = :id";
            case 5 -> "UPDATE village_cadre SET served_from = served_from - make_interval(years => :n % 4) WHERE id = :id";
            default -> "DELETE FROM village_cadre WHERE id = :id";
        };
        apply(sql, id, orgs);
        if (sql.startsWith("DELETE")) {
            cadres.remove(Long.valueOf(id));
        }
    }

    private void apply(String sql, long id, List<Org> orgs) {
        var statement = jdbc.sql(sql).param("id", id);
        if (sql.contains(":org")) {
            statement = statement.param("org", pick(orgs).id());
        }
        if (sql.contains(":n")) {
            statement = statement.param("n", random.nextInt(20));
        }
        if (sql.contains(":education")) {
            statement = statement.param("education", EDUCATION[random.nextInt(EDUCATION.length)]);
        }
        statement.update();
    }

    /** A funding row, a service centre and an enterprise, each where the random organization has none yet. */
    private void insertVillageRecords(List<Org> orgs) {
        jdbc.sql("""
                        INSERT INTO funding (organization_id, year, transfer_payment, operating_funds, collective_income)
                        VALUES (:org, :year, :transfer, :operating, :income) ON CONFLICT DO NOTHING""")
                .param("org", pick(orgs).id()).param("year", 2013 + random.nextInt(20)) // some outside the window
                .param("transfer", random.nextInt(10_000_000)).param("operating", random.nextInt(3_000_000))
                .param("income", random.nextInt(10_000_000)).update();
        int floor = 100 + random.nextInt(900);
        jdbc.sql("""
                        INSERT INTO service_center (organization_id, floor_area, office_area, built_on)
                        VALUES (:org, :floor, :office, :built) ON CONFLICT DO NOTHING""")
                .param("org", pick(orgs).id()).param("floor", floor).param("office", random.nextInt(floor))
                .param("built", random.nextInt(4) == 0 ? null : LocalDate.of(2010 + random.nextInt(20), 1 + random.nextInt(12), 1))
                .update();
        String party = List.of("OWN", "JOINT", "NONE").get(random.nextInt(3));
        LocalDate registered = random.nextInt(5) == 0 ? null : LocalDate.of(2008 + random.nextInt(20), 1 + random.nextInt(12), 1);
        jdbc.sql("""
                        INSERT INTO enterprise (organization_id, credit_code, name, sector, party_organization, formed_on,
                                                registered_on, closed_on)
                        VALUES (:org, :code, '企业', :sector, :party, :formed, :registered, :closed)""")
                .param("org", pick(orgs).id()).param("code", Api.unique("E"))
                .param("sector", random.nextBoolean() ? "PRIVATE_ENTERPRISE" : "SOCIAL_ORGANIZATION").param("party", party)
                .param("formed", party.equals("NONE") ? null : LocalDate.of(2012 + random.nextInt(18), 12, 31 - random.nextInt(2)))
                .param("registered", registered)
                .param("closed", random.nextInt(4) == 0 ? LocalDate.of(2016 + random.nextInt(14), 12, 30 + random.nextInt(2)) : null)
                .update();
    }

    private void editVillageRecords(List<Org> orgs) {
        String sql = switch (random.nextInt(9)) {
            case 0 -> "UPDATE funding SET collective_income = collective_income + 1000000 * (:n - 10) WHERE organization_id = :org";
            case 1 -> "UPDATE funding SET transfer_payment = transfer_payment + :n, operating_funds = 1000 * :n WHERE organization_id = :org";
            case 2 -> "DELETE FROM funding WHERE organization_id = :org AND year % 3 = :n % 3";
            case 3 -> "UPDATE service_center SET office_area = floor_area * :n / 20 WHERE organization_id = :org";
            case 4 -> "UPDATE service_center SET built_on = make_date(2010 + :n, 6, 1), organization_id = :other"
                    + " WHERE organization_id = :org AND NOT EXISTS (SELECT 1 FROM service_center WHERE organization_id = :other)";
            case 5 -> "DELETE FROM service_center WHERE organization_id = :org";
            case 6 -> "UPDATE enterprise SET party_organization = 'JOINT', formed_on = make_date(2010 + :n, 12, 31) WHERE organization_id = :org";
            case 7 -> "UPDATE enterprise SET closed_on = make_date(2012 + :n, 12, 31), organization_id = :other WHERE organization_id = :org";
            default -> "DELETE FROM enterprise WHERE organization_id = :org AND sector = 'SOCIAL_ORGANIZATION'";
        };
        var statement = jdbc.sql(sql).param("org", pick(orgs).id()).param("n", random.nextInt(20));
        if (sql.contains(":other")) {
            statement = statement.param("other", pick(orgs).id());
        }
        statement.update();
    }

    private Org pick(List<Org> orgs) {
        return orgs.get(random.nextInt(orgs.size()));
    }

    private static void move(Api admin, Org org, Org newParent) {
        Api.Response moved = admin.post("/api/organizations/" + org.id() + "/move", Map.of("parentId", newParent.id()));
        assertThat(moved.status()).as(moved.text()).isEqualTo(200);
    }

    /** New members and, on the second pass, the same people moved to other organizations (the merge's UPDATE). */
    private void importThroughApi(Api admin, List<Org> orgs) {
        List<LocalDate> births = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            births.add(LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28)));
        }
        List<String> ids = births.stream().map(b -> IdNumbers.of(b, true)).toList();
        for (int pass = 0; pass < 2; pass++) {
            StringBuilder csv = new StringBuilder("orgCode,name,gender,birthDate,education,joinDate,status,mobile,phone,idNumber\n");
            for (int i = 0; i < births.size(); i++) {
                Org org = pick(orgs);
                csv.append(String.join(",", org.code(), "导入", "男", births.get(i).toString(), pass == 0 ? "高中" : "大学本科",
                        births.get(i).plusYears(20 + pass * 3).toString(), "正式党员", random.nextBoolean() ? "是" : "否", "", ids.get(i))).append('\n');
            }
            Api.Response imported = admin.upload("/api/members/import", "t.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
            assertThat(imported.status()).as(imported.text()).isEqualTo(200);
        }
    }
}
