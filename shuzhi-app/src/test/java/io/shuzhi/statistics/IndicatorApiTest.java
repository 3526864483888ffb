package io.shuzhi.statistics;

import io.shuzhi.registry.IdNumbers;
import io.shuzhi.registry.RegistryFixtures;
import io.shuzhi.registry.RegistryFixtures.Org;
import io.shuzhi.support.Api;
import io.shuzhi.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small tree built by hand, and indicators compared with figures worked out on paper (see comments).
 * Tree: county K → township T → villages V1, V2 and community CM; a sibling county whose data must not count.
 */
@IntegrationTest
class IndicatorApiTest {

    @LocalServerPort
    int port;

    Api admin;
    Org county, township, v1, v2, community;

    @BeforeEach
    void buildTree() {
        admin = Api.admin(port);
        county = RegistryFixtures.organization(admin, null, "IK-", "COMMITTEE", "COUNTY");
        township = RegistryFixtures.organization(admin, county.id(), "IT-", "COMMITTEE", "TOWNSHIP");
        v1 = RegistryFixtures.organization(admin, township.id(), "IV1-", "BRANCH", "VILLAGE");
        v2 = RegistryFixtures.organization(admin, township.id(), "IV2-", "BRANCH", "VILLAGE");
        community = RegistryFixtures.organization(admin, township.id(), "IC-", "BRANCH", "COMMUNITY");
        Org otherCounty = RegistryFixtures.organization(admin, null, "IX-", "COMMITTEE", "COUNTY");

        StringBuilder csv = new StringBuilder("orgCode,name,gender,birthDate,education,joinDate,status,mobile,phone,idNumber\n");
        member(csv, v1, "甲", LocalDate.of(1960, 4, 1), true, "初中及以下", "1990-07-01", "是");   // 2025: age 65
        member(csv, v1, "乙", LocalDate.of(1995, 8, 8), true, "大学本科", "2020-07-01", "否");     // age 30
        member(csv, v2, "丙", LocalDate.of(1980, 1, 1), true, "高中", "2010-07-01", "否");         // age 45
        member(csv, v2, "丁", LocalDate.of(1990, 12, 31), true, "大学专科", "2025-06-01", "否");   // age 35; joined 2025
        member(csv, community, "戊", LocalDate.of(1970, 12, 31), false, "中专", "2000-07-01", "否"); // age 55
        member(csv, v1, "己", LocalDate.of(1998, 1, 1), true, "研究生", "2026-01-01", "否");       // joins after 2025
        member(csv, otherCounty, "庚", LocalDate.of(1950, 1, 1), true, "高中", "1980-01-01", "是"); // elsewhere
        Api.Response imported = admin.upload("/api/members/import", "m.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.text()).isEqualTo(200);

        enterprise("PRIVATE_ENTERPRISE", "OWN", "2020-05-01", null);
        enterprise("PRIVATE_ENTERPRISE", "JOINT", "2025-03-01", null);
        enterprise("PRIVATE_ENTERPRISE", "NONE", null, null);
        enterprise("PRIVATE_ENTERPRISE", "NONE", null, "2026-02-01"); // registered after 2025
        enterprise("SOCIAL_ORGANIZATION", "OWN", "2019-01-01", null);

        funding(v1, 3_000_000L, 100_000L, 4_000_000L);   // collective income 30,000 元 < 50,000 元
        funding(v2, 8_000_000L, 200_000L, 5_780_000L);
        funding(community, 100L, 999_999L, 1L);          // communities are not villages: ignored

        cadre(v1, "PARTY_SECRETARY", "PRINCIPAL", true, "MALE", 1_200_000L);
        cadre(v1, "COMMITTEE_MEMBER", "DEPUTY", false, "FEMALE", 1_000_000L);
        cadre(v2, "PARTY_SECRETARY", "PRINCIPAL", false, "MALE", 1_000_000L);

        center(v1, "200", "120");  // 60% offices
        center(v2, "300", "100");

        recruit(v1, "2024-01-01", "2024-02-01", "2024-10-01"); // candidate after 8 months of training: breach in 2024
        recruit(v2, "2020-01-01", "2020-06-01", "2021-07-01");
    }

    @Test
    void indicatorsOfACountyEqualTheHandComputation() {
        JsonNode r = admin.get("/api/indicators?organizationId=" + county.id() + "&year=2025").json();
        assertThat(r.get("organizationId").asLong()).isEqualTo(county.id());
        assertThat(r.get("year").asInt()).isEqualTo(2025);
        JsonNode v = r.get("values");
        assertThat(v.get("membersTotal").asLong()).isEqualTo(5);               // 甲乙丙丁戊
        assertThat(v.get("membersAged55PlusShare").decimalValue()).isEqualByComparingTo("0.4");    // 甲 65, 戊 55
        assertThat(v.get("membersAged35OrUnderShare").decimalValue()).isEqualByComparingTo("0.4"); // 乙 30, 丁 35
        assertThat(v.get("membersAged36To54").asLong()).isEqualTo(1);
        assertThat(v.get("mobileMembers").asLong()).isEqualTo(1);
        assertThat(v.get("membersHighSchoolOrAbove").asLong()).isEqualTo(4);
        assertThat(v.get("femaleMembers").asLong()).isEqualTo(1);
        assertThat(v.get("privateEnterprises").asLong()).isEqualTo(3);
        assertThat(v.get("privateEnterpriseFormationRate").decimalValue()).isEqualByComparingTo("0.6667"); // 2 of 3
        assertThat(v.get("socialOrganizationFormationRate").decimalValue()).isEqualByComparingTo("1");
        assertThat(v.get("villagesWithLowCollectiveIncome").asLong()).isEqualTo(1);
        assertThat(v.get("averageOperatingFundsPerVillage").asLong()).isEqualTo(150_000);
        assertThat(v.get("averageTransferPaymentPerVillage").asLong()).isEqualTo(4_890_000); // 村均4.89万元
        assertThat(v.get("principalCadresAveragePay").asLong()).isEqualTo(1_100_000);
        assertThat(v.get("holdsBothPostsShare").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(v.get("committeesWithWomanShare").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(v.get("serviceCentersOfficeOverHalf").asLong()).isEqualTo(1);
        assertThat(v.get("recruitmentViolations").asLong()).isEqualTo(1);

        // 2024: 丁 had not joined and 戊 was 54; the joint branch did not exist yet
        JsonNode p = r.get("previous");
        assertThat(p.get("membersTotal").asLong()).isEqualTo(4);
        assertThat(p.get("membersAged55PlusShare").decimalValue()).isEqualByComparingTo("0.25");
        assertThat(p.get("membersAged35OrUnderShare").decimalValue()).isEqualByComparingTo("0.25");
        assertThat(p.get("privateEnterpriseFormationRate").decimalValue()).isEqualByComparingTo("0.3333");
        assertThat(r.get("change").get("membersTotal").asLong()).isEqualTo(1);
        assertThat(r.get("change").get("privateEnterpriseFormationRate").decimalValue()).isEqualByComparingTo("0.3334");
    }

    @Test
    void childrenCarryTheirWholeSubtrees() {
        JsonNode children = admin.get("/api/indicators/children?organizationId=" + county.id() + "&year=2025").json();
        assertThat(children).hasSize(1);
        JsonNode t = children.get(0);
        assertThat(t.get("organizationId").asLong()).isEqualTo(township.id());
        assertThat(t.get("members").asLong()).isEqualTo(5); // the county's members all sit under the township
        assertThat(t.get("old").asLong()).isEqualTo(2);
        assertThat(t.get("young").asLong()).isEqualTo(2);
        assertThat(t.get("mobile").asLong()).isEqualTo(1);
        JsonNode villages = admin.get("/api/indicators/children?organizationId=" + township.id() + "&year=2025").json();
        assertThat(villages).hasSize(3);
        long sum = 0;
        for (JsonNode v : villages) {
            sum += v.get("members").asLong();
        }
        assertThat(sum).isEqualTo(5);
        assertThat(admin.get("/api/indicators/children?organizationId=" + county.id() + "&year=1800").status()).isEqualTo(422);
    }

    @Test
    void aVillageCountsOnlyItself() {
        JsonNode v = admin.get("/api/indicators?organizationId=" + v1.id() + "&year=2026").json().get("values");
        assertThat(v.get("membersTotal").asLong()).isEqualTo(3); // 甲 乙 己
        assertThat(v.get("privateEnterpriseFormationRate").isNull()).isTrue(); // no enterprises under a village
    }

    @Test
    void outsideTheCallersScopeIs404() {
        String user = Api.unique("vw");
        admin.post("/api/users", Map.of("username", user, "password", "viewer-pass-123", "displayName", "村",
                "grants", List.of(Map.of("role", "VIEWER", "organizationId", v1.id()))));
        Api viewer = Api.login(port, user, "viewer-pass-123");
        assertThat(viewer.get("/api/indicators?organizationId=" + county.id() + "&year=2025").status()).isEqualTo(404);
        assertThat(viewer.get("/api/indicators?organizationId=" + v1.id() + "&year=2025").status()).isEqualTo(200);
        assertThat(viewer.get("/api/indicators/children?organizationId=" + county.id() + "&year=2025").status()).isEqualTo(404);
        assertThat(admin.get("/api/indicators?organizationId=" + v1.id() + "&year=1800").status()).isEqualTo(422);
    }

    private void member(StringBuilder csv, Org org, String name, LocalDate birth, boolean male, String education, String joined, String mobile) {
        csv.append(String.join(",", org.code(), name, male ? "男" : "女", birth.toString(), education, joined, "正式党员", mobile, "",
                IdNumbers.of(birth, male))).append('\n');
    }

    private void enterprise(String sector, String party, String formedOn, String registeredOn) {
        var body = new HashMap<String, Object>();
        body.put("organizationId", township.id());
        body.put("creditCode", "91" + "420100" + Api.unique("").toUpperCase().replaceAll("[^0-9A-H]", "7").substring(0, 8) + "0X");
        body.put("name", "企业" + Api.unique(""));
        body.put("sector", sector);
        body.put("partyOrganization", party);
        body.put("formedOn", formedOn);
        body.put("memberCount", 3);
        body.put("registeredOn", registeredOn);
        Api.Response r = admin.post("/api/enterprises", body);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
    }

    private void funding(Org org, long collectiveIncome, long operatingFunds, long transferPayment) {
        Api.Response r = admin.put("/api/funding", Map.of("organizationId", org.id(), "year", 2025,
                "collectiveIncome", collectiveIncome, "operatingFunds", operatingFunds, "transferPayment", transferPayment));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
    }

    private void cadre(Org org, String post, String rank, boolean both, String gender, long pay) {
        Api.Response r = admin.post("/api/village-cadres", Map.of("organizationId", org.id(), "name", "干部", "gender", gender,
                "post", post, "rank", rank, "holdsBothPosts", both, "annualPay", pay, "servedFrom", "2021-01-01"));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
    }

    private void center(Org org, String floor, String office) {
        Api.Response r = admin.put("/api/service-centers", Map.of("organizationId", org.id(), "floorArea", floor, "officeArea", office));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
    }

    private void recruit(Org org, String applied, String activist, String candidate) {
        Api.Response r = admin.post("/api/recruitment", Map.of("organizationId", org.id(), "name", "申请人", "birthDate", "1999-01-01",
                "appliedOn", applied, "activistOn", activist, "candidateOn", candidate));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
    }
}
