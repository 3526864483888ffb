package io.shuzhi.registry;

import io.shuzhi.support.Api;
import io.shuzhi.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class RecordExchangeApiTest {

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
        township = RegistryFixtures.organization(admin, null, "ET-", "COMMITTEE", "TOWNSHIP");
        village = RegistryFixtures.organization(admin, township.id(), "EV-", "BRANCH", "VILLAGE");
    }

    static String creditCode() {
        return "9142" + Api.unique("").toUpperCase().replaceAll("[^0-9]", "3").substring(0, 4) + "MA" + Api.unique("").replaceAll("[^0-9]", "5").substring(0, 8);
    }

    @Test
    void enterprisesImportAllOrNothingAndReimportChangesNothing() {
        String a = creditCode();
        String b = creditCode();
        String good = "组织编码,统一社会信用代码,名称,类别,党组织组建情况,组建日期,党员数\n"
                + township.code() + "," + a + ",甲公司,非公企业,单独组建,2020-01-01,5\n"
                + township.code() + "," + b + ",乙协会,社会组织,未组建,,0\n";
        Api.Response first = admin.upload("/api/enterprises/import", "e.csv", good.getBytes(StandardCharsets.UTF_8));
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        assertThat(first.json().get("imported").asLong()).isEqualTo(2);
        Api.Response again = admin.upload("/api/enterprises/import", "e.csv", good.getBytes(StandardCharsets.UTF_8));
        assertThat(again.json().get("imported").asLong()).isZero();
        assertThat(again.json().get("updated").asLong()).isZero();

        String bad = "orgCode,creditCode,name,sector,partyOrganization,formedOn,memberCount\n"
                + township.code() + "," + creditCode() + ",丙公司,非公企业,联合组建,,3\n"      // formed without a date
                + township.code() + "," + a + ",甲公司,非公企业,联合组建,2021-01-01,5\n";       // a valid change
        Api.Response refused = admin.upload("/api/enterprises/import", "e.csv", bad.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").get(0).get("row").asInt()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT party_organization FROM enterprise WHERE credit_code = :c").param("c", a).query(String.class).single()).isEqualTo("OWN");
    }

    @Test
    void fundingIsImportedInYuanAndStoredInFen() throws Exception {
        String csv = "orgCode,year,transferPayment,operatingFunds,collectiveIncome\n" + village.code() + ",2025,48900,1500.50,30000\n";
        Api.Response r = admin.upload("/api/funding/import", "f.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT operating_funds FROM funding WHERE organization_id = :o AND year = 2025").param("o", village.id())
                .query(Long.class).single()).isEqualTo(150_050L);
        Api.Response changed = admin.upload("/api/funding/import", "f.csv", csv.replace("30000", "60000").getBytes(StandardCharsets.UTF_8));
        assertThat(changed.json().get("updated").asLong()).isEqualTo(1);
        String exported = MemberImportApiTest.xlsxText(admin.get("/api/funding/export?organizationId=" + township.id() + "&year=2025"));
        assertThat(exported).contains(village.code()).contains("1500.50").contains("60000.00");

        Api.Response duplicate = admin.upload("/api/funding/import", "f.csv", (csv + csv.lines().skip(1).findFirst().orElseThrow() + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(duplicate.status()).isEqualTo(422);
    }

    @Test
    void aDuplicateAfterARejectedRowIsReportedOnItsOwnRow() {
        String code = creditCode();
        String enterprises = "orgCode,creditCode,name,sector,partyOrganization,formedOn,memberCount\n"
                + township.code() + "," + creditCode() + ",丙公司,非公企业,联合组建,,3\n"   // formed without a date
                + township.code() + "," + code + ",丁公司,非公企业,未组建,,0\n"
                + township.code() + "," + code + ",丁公司,非公企业,未组建,,0\n";
        CadreExchangeApiTest.assertDuplicate(admin.upload("/api/enterprises/import", "e.csv", enterprises.getBytes(StandardCharsets.UTF_8)),
                "creditCode");

        String funding = "orgCode,year,transferPayment,operatingFunds,collectiveIncome\n"
                + "NO-SUCH-ORG,2025,1,1,1\n"
                + village.code() + ",2025,48900,1500.50,30000\n"
                + village.code() + ",2025,48900,1500.50,30000\n";
        CadreExchangeApiTest.assertDuplicate(admin.upload("/api/funding/import", "f.csv", funding.getBytes(StandardCharsets.UTF_8)), "year");
    }
}
