package io.shuzhi.statistics;

import io.shuzhi.registry.IdNumbers;
import io.shuzhi.registry.RegistryFixtures;
import io.shuzhi.registry.RegistryFixtures.Org;
import io.shuzhi.support.Api;
import io.shuzhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-organization member tallies (V301) after random edits — inserts, moves between organizations,
 * changed birth, join and leave dates, mobility, status, education, deletes, and an import through the API —
 * equal a from-scratch recount, and the tally-based member indicators equal the live count over members
 * ({@link IndicatorQueries#members}) for every organization of the tree and every year of the window.
 */
@IntegrationTest
class MemberTallyTest {

    private static final String[] EDUCATION = {"POSTGRADUATE", "BACHELOR", "JUNIOR_COLLEGE", "SECONDARY_VOCATIONAL", "HIGH_SCHOOL", "JUNIOR_HIGH_OR_BELOW"};

    /** The tallies as they should be: one GROUP BY over member × the window's years, written independently of V301. */
    private static final String RECOUNT = """
            SELECT y AS year, m.organization_id, count(*) AS total,
                   count(*) FILTER (WHERE extract(YEAR FROM m.birth_date) >= y - 35) AS young,
                   count(*) FILTER (WHERE extract(YEAR FROM m.birth_date) BETWEEN y - 54 AND y - 36) AS middle,
                   count(*) FILTER (WHERE extract(YEAR FROM m.birth_date) <= y - 55) AS old,
                   count(*) FILTER (WHERE m.gender = 'FEMALE') AS female,
                   count(*) FILTER (WHERE m.status = 'PROBATIONARY') AS probationary,
                   count(*) FILTER (WHERE m.education <> 'JUNIOR_HIGH_OR_BELOW') AS high_school,
                   count(*) FILTER (WHERE m.education IN ('POSTGRADUATE', 'BACHELOR', 'JUNIOR_COLLEGE')) AS college,
                   count(*) FILTER (WHERE m.mobile AND (m.mobile_since IS NULL OR m.mobile_since <= make_date(y, 12, 31))) AS mobile
            FROM member m, member_tally_window w, generate_series(w.first_year, w.last_year) y
            WHERE m.join_date <= make_date(y, 12, 31) AND (m.left_on IS NULL OR m.left_on > make_date(y, 12, 31))
            GROUP BY y, m.organization_id""";

    private static final String TALLIES = """
            SELECT year, organization_id, total, young, middle, old, female, probationary, high_school, college, mobile
            FROM member_tally""";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IndicatorQueries queries;

    @Test
    void talliesEqualARecountAndTheLiveCountAfterRandomEdits() {
        Api admin = Api.admin(port);
        Org county = RegistryFixtures.organization(admin, null, "TK-", "COMMITTEE", "COUNTY");
        Org township = RegistryFixtures.organization(admin, county.id(), "TT-", "COMMITTEE", "TOWNSHIP");
        List<Org> orgs = new ArrayList<>(List.of(county, township));
        for (int i = 0; i < 4; i++) {
            orgs.add(RegistryFixtures.organization(admin, township.id(), "TV-", "BRANCH", "VILLAGE"));
        }
        Random random = new Random(20251231);
        List<Long> members = new ArrayList<>();
        for (int round = 0; round < 6; round++) {
            for (int i = 0; i < 15; i++) {
                members.add(insert(random, orgs));
            }
            for (int i = 0; i < 20; i++) {
                edit(random, members, orgs);
            }
            if (round == 3) {
                importThroughApi(admin, random, orgs);
            }
            assertTalliesEqualRecount();
        }
        int[] window = queries.tallyWindow();
        for (Org org : orgs) {
            String path = jdbc.sql("SELECT path FROM organization WHERE id = :id").param("id", org.id()).query(String.class).single();
            for (int year = window[0]; year <= window[1]; year++) {
                Map<Indicator, Number> live = new EnumMap<>(Indicator.class);
                Map<Indicator, Number> tallied = new EnumMap<>(Indicator.class);
                queries.members(path, year, LocalDate.of(year, 12, 31), live);
                queries.memberTallies(path, year, tallied);
                assertThat(tallied).as("organization %s, %d", org.code(), year).isEqualTo(live);
            }
        }
        Map<Indicator, Number> countyNow = new EnumMap<>(Indicator.class);
        queries.memberTallies(path(county), 2025, countyNow);
        assertThat(countyNow.get(Indicator.MEMBERS_TOTAL).longValue()).as("the test exercised something").isPositive();
    }

    private String path(Org org) {
        return jdbc.sql("SELECT path FROM organization WHERE id = :id").param("id", org.id()).query(String.class).single();
    }

    private void assertTalliesEqualRecount() {
        var expected = jdbc.sql(RECOUNT).query().listOfRows();
        var actual = jdbc.sql(TALLIES).query().listOfRows();
        assertThat(actual.stream().map(MemberTallyTest::asInts).toList())
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(MemberTallyTest::asInts).toList());
    }

    private static Map<String, Object> asInts(Map<String, Object> row) {
        var out = new java.util.LinkedHashMap<String, Object>();
        row.forEach((k, v) -> out.put(k, ((Number) v).longValue()));
        return out;
    }

    private long insert(Random random, List<Org> orgs) {
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
                .param("org", orgs.get(random.nextInt(orgs.size())).id())
                .param("gender", random.nextBoolean() ? "FEMALE" : "MALE").param("birth", birth)
                .param("education", EDUCATION[random.nextInt(EDUCATION.length)]).param("joined", joined)
                .param("status", random.nextInt(5) == 0 ? "PROBATIONARY" : "FULL").param("hash", hash)
                .param("mobile", mobile).param("since", mobile && random.nextBoolean() ? joined.plusYears(random.nextInt(30)) : null)
                .param("left", random.nextInt(6) == 0 ? joined.plusYears(random.nextInt(40)) : null)
                .query(Long.class).single();
    }

    private void edit(Random random, List<Long> members, List<Org> orgs) {
        long id = members.get(random.nextInt(members.size()));
        String sql = switch (random.nextInt(8)) {
            case 0 -> "UPDATE member SET organization_id = :org WHERE id = :id";
            case 1 -> "UPDATE member SET birth_date = birth_date - make_interval(years => :n) WHERE id = :id";
            case 2 -> "UPDATE member SET join_date = greatest(birth_date + 1, join_date + make_interval(years => :n - 10)) WHERE id = :id";
            case 3 -> "UPDATE member SET left_on = make_date(2010 + :n, 6, 30) WHERE id = :id";
            case 4 -> "UPDATE member SET left_on = NULL WHERE id = :id";
            case 5 -> "UPDATE member SET mobile = NOT mobile, mobile_since = make_date(2010 + :n, 3, 1) WHERE id = :id";
            case 6 -> "UPDATE member SET status = CASE status WHEN 'FULL' THEN 'PROBATIONARY' ELSE 'FULL' END,"
                    + " gender = CASE gender WHEN 'MALE' THEN 'FEMALE' ELSE 'MALE' END, education = :education WHERE id = :id";
            default -> "DELETE FROM member WHERE id = :id";
        };
        var statement = jdbc.sql(sql).param("id", id);
        if (sql.contains(":org")) {
            statement = statement.param("org", orgs.get(random.nextInt(orgs.size())).id());
        }
        if (sql.contains(":n")) {
            statement = statement.param("n", random.nextInt(20));
        }
        if (sql.contains(":education")) {
            statement = statement.param("education", EDUCATION[random.nextInt(EDUCATION.length)]);
        }
        statement.update();
        if (sql.startsWith("DELETE")) {
            members.remove(Long.valueOf(id));
        }
    }

    /** New members and, on the second pass, the same people moved to other organizations (the merge's UPDATE). */
    private void importThroughApi(Api admin, Random random, List<Org> orgs) {
        List<LocalDate> births = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            births.add(LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28)));
        }
        List<String> ids = births.stream().map(b -> IdNumbers.of(b, true)).toList();
        for (int pass = 0; pass < 2; pass++) {
            StringBuilder csv = new StringBuilder("orgCode,name,gender,birthDate,education,joinDate,status,mobile,phone,idNumber\n");
            for (int i = 0; i < births.size(); i++) {
                Org org = orgs.get(random.nextInt(orgs.size()));
                csv.append(String.join(",", org.code(), "导入", "男", births.get(i).toString(), pass == 0 ? "高中" : "大学本科",
                        births.get(i).plusYears(20 + pass * 3).toString(), "正式党员", random.nextBoolean() ? "是" : "否", "", ids.get(i))).append('\n');
            }
            Api.Response imported = admin.upload("/api/members/import", "t.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
            assertThat(imported.status()).as(imported.text()).isEqualTo(200);
        }
    }
}
