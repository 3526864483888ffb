package io.shuzhi.registry;

import io.shuzhi.support.Api;
import io.shuzhi.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CadreExchangeApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api admin;
    RegistryFixtures.Org township;
    RegistryFixtures.Org village;

    @BeforeEach
    void setUp() {
        admin = Api.admin(port);
        township = RegistryFixtures.organization(admin, null, "CT-", "COMMITTEE", "TOWNSHIP");
        village = RegistryFixtures.organization(admin, township.id(), "CV-", "BRANCH", "VILLAGE");
    }

    String good() {
        return "组织编码,姓名,性别,职务,主副职,任职开始日期,出生日期,一肩挑,年报酬（元）\n"
                + village.code() + ",张书记,男,书记,主职,2021-01-01,1975-05-06,是,48000\n"
                + village.code() + ",李委员,女,委员,副职,2021-01-01,,否,24000.50\n";
    }

    long cadres() {
        return jdbc.sql("SELECT count(*) FROM village_cadre WHERE organization_id = :o").param("o", village.id()).query(Long.class).single();
    }

    @Test
    void cadresImportWithChineseHeadersAndReimportChangesNothing() {
        String file = Api.unique("cadres") + ".csv";
        Api.Response first = admin.upload("/api/cadres/import", file, good().getBytes(StandardCharsets.UTF_8));
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        assertThat(first.json().get("imported").asLong()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT annual_pay FROM village_cadre WHERE organization_id = :o AND name = '李委员'").param("o", village.id())
                .query(Long.class).single()).isEqualTo(2_400_050L);
        assertThat(jdbc.sql("SELECT holds_both_posts FROM village_cadre WHERE organization_id = :o AND name = '张书记'").param("o", village.id())
                .query(Boolean.class).single()).isTrue();

        Api.Response again = admin.upload("/api/cadres/import", file, good().getBytes(StandardCharsets.UTF_8));
        assertThat(again.status()).as(again.text()).isEqualTo(200);
        assertThat(again.json().get("imported").asLong()).isZero();
        assertThat(again.json().get("updated").asLong()).isZero();

        Api.Response changed = admin.upload("/api/cadres/import", file, good().replace("48000", "50000").getBytes(StandardCharsets.UTF_8));
        assertThat(changed.json().get("updated").asLong()).isEqualTo(1);
        assertThat(cadres()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'village-cadre.imported' AND entity_id = :f")
                .param("f", file).query(Long.class).single()).as("one audit event per import, not per row").isEqualTo(3);
    }

    @Test
    void aBadRowStoresNothingAndIsReported() {
        String bad = "orgCode,name,gender,post,rank,servedFrom\n"
                + village.code() + ",王主任,男,主任,主职,2021-01-01\n"
                + village.code() + ",赵副书记,男,副书记,主职,2021-01-01\n"          // a valid row
                + village.code() + ",钱委员,男,组长,副职,2021-01-01\n";             // unknown post
        Api.Response refused = admin.upload("/api/cadres/import", "c.csv", bad.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        assertThat(refused.json().get("errors").get(0).get("row").asInt()).isEqualTo(4);
        assertThat(refused.json().get("errors").get(0).get("column").asString()).isEqualTo("post");
        assertThat(cadres()).isZero();

        String inconsistent = "orgCode,name,gender,post,rank,servedFrom,holdsBothPosts\n" + village.code() + ",孙委员,女,委员,副职,2021-01-01,是\n";
        Api.Response both = admin.upload("/api/cadres/import", "c.csv", inconsistent.getBytes(StandardCharsets.UTF_8));
        assertThat(both.status()).isEqualTo(422);
        assertThat(both.json().get("errors").get(0).get("row").asInt()).isEqualTo(2);
        assertThat(cadres()).isZero();
    }

    @Test
    void exportIsReimportableAndScopeIsChecked() throws Exception {
        admin.upload("/api/cadres/import", "c.csv", good().getBytes(StandardCharsets.UTF_8));
        String xlsx = MemberImportApiTest.xlsxText(admin.get("/api/cadres/export?organizationId=" + township.id()));
        assertThat(xlsx).contains(village.code()).contains("张书记").contains("24000.50");
        Api.Response csv = admin.get("/api/cadres/export?organizationId=" + township.id() + "&format=csv");
        assertThat(csv.text()).contains("组织编码").contains("李委员");
        Api.Response reimported = admin.upload("/api/cadres/import", "back.csv", csv.text().getBytes(StandardCharsets.UTF_8));
        assertThat(reimported.status()).as(reimported.text()).isEqualTo(200);
        assertThat(reimported.json().get("imported").asLong() + reimported.json().get("updated").asLong()).isZero();
        assertThat(admin.get("/api/cadres/template?format=csv").text()).contains("orgCode,name,gender,post,rank,servedFrom");

        RegistryFixtures.Org other = RegistryFixtures.organization(admin, null, "CO-", "COMMITTEE", "TOWNSHIP");
        String clerk = Api.unique("clerk");
        admin.post("/api/users", Map.of("username", clerk, "password", "clerk-pass-123", "displayName", "干事",
                "grants", List.of(Map.of("role", "ORGANIZATION_DEPARTMENT", "organizationId", other.id()))));
        Api asClerk = Api.login(port, clerk, "clerk-pass-123");
        Api.Response outside = asClerk.upload("/api/cadres/import", "c.csv", good().getBytes(StandardCharsets.UTF_8));
        assertThat(outside.status()).isEqualTo(422);
        assertThat(outside.json().get("errors").get(0).get("column").asString()).isEqualTo("orgCode");
        assertThat(asClerk.get("/api/cadres/export?organizationId=" + township.id()).status()).isEqualTo(404);
    }

    @Test
    void firstSecretariesImportAllOrNothingAndRoundTrip() throws Exception {
        String good = "组织编码,姓名,派出单位,任职开始日期\n" + village.code() + ",周书记,县财政局,2024-03-01\n";
        Api.Response first = admin.upload("/api/first-secretaries/import", "s.csv", good.getBytes(StandardCharsets.UTF_8));
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        assertThat(first.json().get("imported").asLong()).isEqualTo(1);
        Api.Response again = admin.upload("/api/first-secretaries/import", "s.csv", good.getBytes(StandardCharsets.UTF_8));
        assertThat(again.json().get("imported").asLong() + again.json().get("updated").asLong()).isZero();

        String bad = "orgCode,name,dispatchedBy,servedFrom,servedTo\n"
                + village.code() + ",周书记,县财政局,2024-03-01,2026-03-01\n"     // a valid change
                + village.code() + ",吴书记,,2024-03-01,\n";                        // no dispatching unit
        Api.Response refused = admin.upload("/api/first-secretaries/import", "s.csv", bad.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").get(0).get("row").asInt()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM first_secretary WHERE organization_id = :o AND served_to IS NULL").param("o", village.id())
                .query(Long.class).single()).isEqualTo(1);

        Api.Response csv = admin.get("/api/first-secretaries/export?organizationId=" + township.id() + "&format=csv");
        assertThat(csv.text()).contains("周书记").contains("县财政局");
        Api.Response back = admin.upload("/api/first-secretaries/import", "back.csv", csv.text().getBytes(StandardCharsets.UTF_8));
        assertThat(back.json().get("imported").asLong() + back.json().get("updated").asLong()).isZero();
        assertThat(MemberImportApiTest.xlsxText(admin.get("/api/first-secretaries/template"))).contains("派出单位");
    }

    @Test
    void serviceCentersAreOnePerOrganizationAndImportAllOrNothing() throws Exception {
        String good = "组织编码,总面积（㎡）,办公用房面积（㎡）,开放时间\n" + village.code() + ",320.5,40,周一至周五 8:30-17:30\n";
        Api.Response first = admin.upload("/api/service-centers/import", "sc.csv", good.getBytes(StandardCharsets.UTF_8));
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        assertThat(first.json().get("imported").asLong()).isEqualTo(1);
        Api.Response again = admin.upload("/api/service-centers/import", "sc.csv", good.getBytes(StandardCharsets.UTF_8));
        assertThat(again.json().get("imported").asLong() + again.json().get("updated").asLong()).isZero();
        Api.Response changed = admin.upload("/api/service-centers/import", "sc.csv", good.replace(",40,", ",60,").getBytes(StandardCharsets.UTF_8));
        assertThat(changed.json().get("updated").asLong()).isEqualTo(1);

        String bad = "orgCode,floorArea,officeArea\n" + township.code() + ",100,10\n" + village.code() + ",100,120\n";
        Api.Response refused = admin.upload("/api/service-centers/import", "sc.csv", bad.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").get(0).get("row").asInt()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM service_center WHERE organization_id = :o").param("o", township.id()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT office_area FROM service_center WHERE organization_id = :o").param("o", village.id())
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("60");

        Api.Response csv = admin.get("/api/service-centers/export?organizationId=" + township.id() + "&format=csv");
        assertThat(csv.text()).contains("320.5").contains("60.0");
        Api.Response back = admin.upload("/api/service-centers/import", "back.csv", csv.text().getBytes(StandardCharsets.UTF_8));
        assertThat(back.status()).as(back.text()).isEqualTo(200);
        assertThat(back.json().get("imported").asLong() + back.json().get("updated").asLong()).isZero();
        assertThat(MemberImportApiTest.xlsxText(admin.get("/api/service-centers/template"))).contains("办公用房面积");
    }

    /**
     * A duplicate in the file is reported on its own row and names the row it repeats, counting rejected rows too:
     * row 2 is bad, rows 3 and 4 are the same record, so the report is "row 4, same as row 3".
     */
    @Test
    void aDuplicateAfterARejectedRowIsReportedOnItsOwnRow() {
        String cadres = "orgCode,name,gender,post,rank,servedFrom\n"
                + village.code() + ",钱委员,男,组长,副职,2021-01-01\n"             // unknown post
                + village.code() + ",孙委员,女,委员,副职,2021-01-01\n"
                + village.code() + ",孙委员,女,委员,副职,2021-01-01\n";
        assertDuplicate(admin.upload("/api/cadres/import", "c.csv", cadres.getBytes(StandardCharsets.UTF_8)), "name");

        String secretaries = "orgCode,name,dispatchedBy,servedFrom\n"
                + village.code() + ",吴书记,,2024-03-01\n"                          // no dispatching unit
                + village.code() + ",周书记,县财政局,2024-03-01\n"
                + village.code() + ",周书记,县财政局,2024-03-01\n";
        assertDuplicate(admin.upload("/api/first-secretaries/import", "s.csv", secretaries.getBytes(StandardCharsets.UTF_8)), "name");

        String centers = "orgCode,floorArea,officeArea\n"
                + village.code() + ",100,120\n"                                     // office larger than the whole
                + township.code() + ",100,10\n"
                + township.code() + ",200,20\n";
        assertDuplicate(admin.upload("/api/service-centers/import", "sc.csv", centers.getBytes(StandardCharsets.UTF_8)), "orgCode");
    }

    static void assertDuplicate(Api.Response refused, String column) {
        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        var errors = refused.json().get("errors").valueStream()
                .map(e -> e.get("row").asInt() + ":" + e.get("column").asString() + ":" + e.get("message").asString()).toList();
        assertThat(errors).as(refused.text()).anyMatch(e -> e.startsWith("2:")).noneMatch(e -> e.startsWith("3:"));
        assertThat(errors.stream().filter(e -> e.startsWith("4:")).toList()).as(refused.text())
                .singleElement().asString().startsWith("4:" + column + ":").contains("与第3行重复");
    }
}
