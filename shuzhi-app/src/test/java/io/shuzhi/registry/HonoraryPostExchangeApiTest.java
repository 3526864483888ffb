package io.shuzhi.registry;

import io.shuzhi.support.Api;
import io.shuzhi.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class HonoraryPostExchangeApiTest {

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
        township = RegistryFixtures.organization(admin, null, "HT-", "COMMITTEE", "TOWNSHIP");
        village = RegistryFixtures.organization(admin, township.id(), "HV-", "BRANCH", "VILLAGE");
    }

    /** One supporter holding both titles from the same day: two terms, told apart by the title. */
    String good() {
        return "组织编码,姓名,名誉职务,任职开始日期,工作单位\n"
                + village.code() + ",郑企业家,名誉书记,2023-06-01,某某农业公司\n"
                + village.code() + ",郑企业家,名誉主任,2023-06-01,某某农业公司\n"
                + village.code() + ",冯教授,HONORARY_DIRECTOR,2024-01-15,\n";
    }

    long posts() {
        return jdbc.sql("SELECT count(*) FROM honorary_post WHERE organization_id = :o").param("o", village.id()).query(Long.class).single();
    }

    @Test
    void importWithChineseHeadersAndReimportChangesNothing() {
        String file = Api.unique("honorary") + ".csv";
        Api.Response first = admin.upload("/api/honorary-posts/import", file, good().getBytes(StandardCharsets.UTF_8));
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        assertThat(first.json().get("imported").asLong()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT affiliation FROM honorary_post WHERE organization_id = :o AND name = '冯教授'").param("o", village.id())
                .query(String.class).optional()).as("an empty affiliation is null, not \"\"").isEmpty();
        assertThat(jdbc.sql("SELECT title FROM honorary_post WHERE organization_id = :o AND name = '冯教授'").param("o", village.id())
                .query(String.class).single()).isEqualTo("HONORARY_DIRECTOR");

        Api.Response again = admin.upload("/api/honorary-posts/import", file, good().getBytes(StandardCharsets.UTF_8));
        assertThat(again.status()).as(again.text()).isEqualTo(200);
        assertThat(again.json().get("imported").asLong()).isZero();
        assertThat(again.json().get("updated").asLong()).isZero();

        String ended = good().replace("名誉主任,2023-06-01,某某农业公司", "名誉主任,2023-06-01,某某农业公司,2025-12-31")
                .replace("工作单位\n", "工作单位,任职结束日期\n");
        Api.Response changed = admin.upload("/api/honorary-posts/import", file, ended.getBytes(StandardCharsets.UTF_8));
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.json().get("updated").asLong()).isEqualTo(1);
        assertThat(posts()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'honorary-post.imported' AND entity_id = :f")
                .param("f", file).query(Long.class).single()).as("one audit event per import, not per row").isEqualTo(3);
    }

    @Test
    void aBadFileStoresNothingAndReportsEveryBadRow() {
        String bad = "orgCode,name,title,servedFrom,affiliation,servedTo\n"
                + village.code() + ",陈乡贤,名誉书记,2022-01-01,县商会,\n"          // a valid row
                + village.code() + ",褚乡贤,名誉村长,2022-01-01,,\n"               // unknown title
                + village.code() + ",卫乡贤,名誉主任,,,\n"                         // no start date
                + "NO-SUCH-ORG,蒋乡贤,名誉主任,2022-01-01,,\n"                     // unknown organization
                + village.code() + ",沈乡贤,名誉主任,2022-05-01,,2022-01-01\n"     // ends before it starts
                + village.code() + ",陈乡贤,名誉书记,2022-01-01,县商会,\n";        // same term twice in the file
        Api.Response refused = admin.upload("/api/honorary-posts/import", "h.csv", bad.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        var errors = refused.json().get("errors").valueStream().map(e -> e.get("row").asInt() + ":" + e.get("column").asString()).toList();
        assertThat(errors).containsExactlyInAnyOrder("3:title", "4:servedFrom", "5:orgCode", "6:servedTo", "7:name");
        assertThat(refused.json().get("errorCount").asLong()).isEqualTo(5);
        assertThat(posts()).isZero();

        Api.Response noHeader = admin.upload("/api/honorary-posts/import", "h.csv",
                ("orgCode,name,servedFrom\n" + village.code() + ",陈乡贤,2022-01-01\n").getBytes(StandardCharsets.UTF_8));
        assertThat(noHeader.status()).isEqualTo(422);
        assertThat(noHeader.json().get("errors").get(0).get("column").asString()).isEqualTo("title");
        assertThat(posts()).isZero();
    }

    @Test
    void exportIsScopedToTheCallersSubtreeAndReimportable() throws Exception {
        admin.upload("/api/honorary-posts/import", "h.csv", good().getBytes(StandardCharsets.UTF_8));
        RegistryFixtures.Org other = RegistryFixtures.organization(admin, null, "HO-", "COMMITTEE", "TOWNSHIP");
        RegistryFixtures.Org otherVillage = RegistryFixtures.organization(admin, other.id(), "HW-", "BRANCH", "VILLAGE");
        String elsewhere = "orgCode,name,title,servedFrom\n" + otherVillage.code() + ",韩外人,名誉书记,2024-02-01\n";
        assertThat(admin.upload("/api/honorary-posts/import", "o.csv", elsewhere.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(200);

        String xlsx = MemberImportApiTest.xlsxText(admin.get("/api/honorary-posts/export?organizationId=" + township.id()));
        assertThat(xlsx).contains(village.code()).contains("郑企业家").contains("名誉主任").contains("某某农业公司").doesNotContain("韩外人");
        Api.Response csv = admin.get("/api/honorary-posts/export?organizationId=" + township.id() + "&format=csv");
        assertThat(csv.text()).contains("组织编码").contains("冯教授");
        Api.Response back = admin.upload("/api/honorary-posts/import", "back.csv", csv.text().getBytes(StandardCharsets.UTF_8));
        assertThat(back.status()).as(back.text()).isEqualTo(200);
        assertThat(back.json().get("imported").asLong() + back.json().get("updated").asLong()).isZero();

        String clerk = Api.unique("clerk");
        admin.post("/api/users", Map.of("username", clerk, "password", "clerk-pass-123", "displayName", "干事",
                "grants", List.of(Map.of("role", "ORGANIZATION_DEPARTMENT", "organizationId", other.id()))));
        Api asClerk = Api.login(port, clerk, "clerk-pass-123");
        String own = MemberImportApiTest.xlsxText(asClerk.get("/api/honorary-posts/export?organizationId=" + other.id()));
        assertThat(own).contains("韩外人").doesNotContain("郑企业家").doesNotContain("冯教授");
        assertThat(asClerk.get("/api/honorary-posts/export?organizationId=" + township.id()).status()).isEqualTo(404);
        assertThat(asClerk.get("/api/honorary-posts?organizationId=" + other.id()).json().valueStream()
                .map(h -> h.get("name").asString()).toList()).containsExactly("韩外人");
        Api.Response outside = asClerk.upload("/api/honorary-posts/import", "h.csv", good().getBytes(StandardCharsets.UTF_8));
        assertThat(outside.status()).isEqualTo(422);
        assertThat(outside.json().get("errors").get(0).get("column").asString()).isEqualTo("orgCode");
    }

    @Test
    void templatesCarryTheHeader() throws Exception {
        Api.Response csv = admin.get("/api/honorary-posts/template?format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.text()).contains("orgCode,name,title,servedFrom,affiliation,servedTo");
        Api.Response xlsx = admin.get("/api/honorary-posts/template");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(MemberImportApiTest.xlsxText(xlsx)).contains("组织编码").contains("名誉职务").contains("工作单位");
    }

    @Test
    void theEndpointsAreDocumentedInOpenApi() {
        Api.Response docs = Api.anonymous(port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.text()).contains("/api/honorary-posts/import", "/api/honorary-posts/export", "/api/honorary-posts/template",
                "matched by organization, name, title and servedFrom", "Confer an honorary post");
    }

    @Test
    void conferredPostsAreListedAndAudited() {
        var body = Map.of("organizationId", village.id(), "name", "杨乡贤", "title", "HONORARY_SECRETARY",
                "affiliation", "市侨联", "servedFrom", "2024-04-01");
        Api.Response created = admin.post("/api/honorary-posts", body);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(admin.get("/api/honorary-posts?organizationId=" + township.id()).json().valueStream()
                .map(h -> h.get("name").asString()).toList()).containsExactly("杨乡贤");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'honorary-post.conferred' AND entity_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
    }

    /** The import and the API refuse a term that ends before it starts; the table does too, like first_secretary. */
    @Test
    void theTableRefusesATermThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> jdbc.sql("""
                        INSERT INTO honorary_post (organization_id, name, title, served_from, served_to)
                        VALUES (:o, '倒序乡贤', 'HONORARY_SECRETARY', DATE '2024-05-01', DATE '2024-01-01')""")
                .param("o", village.id()).update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("honorary_post_term_ck");
        assertThat(posts()).isZero();
    }
}
