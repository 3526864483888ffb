package io.shuzhi.demo;

import io.shuzhi.account.Role;
import io.shuzhi.support.Api;
import io.shuzhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@TestPropertySource(properties = {"shuzhi.demo=true", "shuzhi.demo-password=demo-password-1"})
@Import(DemoCityTest.Captured.class)
class DemoCityTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Captured captured;
    @Autowired
    DemoLoader loader;

    @Test
    void anInventedCityMarkedAsDemoIsLoadedIntoTheEmptyDatabase() {
        assertThat(count("code = 'DEMO-JC' AND name = '（演示）江城市委' AND level = 'CITY' AND parent_id IS NULL")).isOne();
        assertThat(count("code LIKE 'DEMO-%' AND name NOT LIKE '（演示）%'")).as("every name is marked as demo").isZero();
        assertThat(count("level = 'COUNTY'")).isGreaterThanOrEqualTo(3);
        assertThat(count("level = 'TOWNSHIP'")).isGreaterThanOrEqualTo(6);
        assertThat(count("level IN ('VILLAGE', 'COMMUNITY')")).isGreaterThanOrEqualTo(30);
        assertThat(count("sector = 'PRIVATE_ENTERPRISE' AND level = 'UNIT' AND kind IN ('BRANCH', 'JOINT_BRANCH')")).isGreaterThanOrEqualTo(2);
        assertThat(count("sector = 'SOCIAL_ORGANIZATION' AND level = 'UNIT' AND kind IN ('BRANCH', 'JOINT_BRANCH')")).isGreaterThanOrEqualTo(2);
        assertThat(count("secretary_name IS NULL")).as("every organization has a secretary").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'organization.created' AND actor = 'system'")
                .query(Long.class).single()).isEqualTo(count("TRUE"));
    }

    @Test
    void theDemoRegistryGivesTheDashboardFiguresThatAddUp() {
        long city = jdbc.sql("SELECT id FROM organization WHERE code = 'DEMO-JC'").query(Long.class).single();
        int year = java.time.LocalDate.now().getYear();
        long live = jdbc.sql("""
                        SELECT count(*) FROM member m JOIN organization o ON o.id = m.organization_id
                        WHERE o.code LIKE 'DEMO-%' AND m.join_date <= make_date(:y, 12, 31) AND (m.left_on IS NULL OR m.left_on > make_date(:y, 12, 31))""")
                .param("y", year).query(Long.class).single();
        assertThat(live).as("members in every village").isGreaterThanOrEqualTo(count("level IN ('VILLAGE', 'COMMUNITY')") * 18);
        assertThat(jdbc.sql("SELECT total FROM member_rollup WHERE organization_id = :city AND year = :y")
                .param("city", city).param("y", year).query(Long.class).single()).as("the rollup the dashboard reads").isEqualTo(live);
        assertThat(jdbc.sql("SELECT count(*) FROM member WHERE id_number_masked NOT LIKE '4201%' OR id_number_masked NOT LIKE '%*%'")
                .query(Long.class).single()).as("ID numbers stored masked for lists").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM enterprise e JOIN organization o ON o.id = e.organization_id WHERE o.code = 'DEMO-JC-LX'")
                .query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM village_cadre").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'registry.demo-loaded'").query(Long.class).single()).isOne();
    }

    @Test
    void eachDemoUserSignsInWithItsRoleAndScope() {
        Api secretary = Api.login(port, "demo-secretary", "demo-password-1");
        List<String> codes = secretary.get("/api/organizations").json().valueStream().map(n -> n.get("code").asString()).toList();
        assertThat(codes).isNotEmpty().allMatch(c -> c.startsWith("DEMO-JC-JB"));

        Api orgDept = Api.login(port, "demo-orgdept", "demo-password-1");
        assertThat(orgDept.get("/api/organizations").json().size()).isEqualTo((int) count("TRUE"));
        assertThat(jdbc.sql("SELECT role FROM role_grant g JOIN app_user u ON u.id = g.user_id WHERE u.username IN "
                + "('demo-orgdept', 'demo-secretary', 'demo-evaluator', 'demo-viewer') ORDER BY role").query(String.class).list())
                .containsExactly("EVALUATOR", "ORGANIZATION_DEPARTMENT", "SECRETARY", "VIEWER");
    }

    @Test
    void otherFeaturesHearOfTheDemoCity() {
        assertThat(captured.events).hasSize(1);
        DemoCityLoaded event = captured.events.get(0);
        assertThat(event.cityOrganizationId()).isEqualTo(jdbc.sql("SELECT id FROM organization WHERE code = 'DEMO-JC'").query(Long.class).single());
        assertThat(event.countyOrganizationIds()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(event.usernames()).containsEntry(Role.SECRETARY, "demo-secretary").containsEntry(Role.ADMIN, "admin");
    }

    @Test
    void aSecondStartWithDemoLeavesTheDatabaseAlone() throws Exception {
        long before = count("TRUE");

        loader.run(new DefaultApplicationArguments("--demo"));

        assertThat(count("TRUE")).isEqualTo(before);
        assertThat(captured.events).hasSize(1);
    }

    private long count(String condition) {
        return jdbc.sql("SELECT count(*) FROM organization WHERE " + condition).query(Long.class).single();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Captured {
        final List<DemoCityLoaded> events = new ArrayList<>();

        @EventListener
        void on(DemoCityLoaded event) {
            events.add(event);
        }
    }
}
